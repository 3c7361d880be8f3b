/**
 * Whether `area` has a module's screen (`areas` is the module's list, e.g. RETURNS_AREAS): shared
 * screens link across modules only where the target exists, and the type then narrows to it.
 */
export function hasScreen<A extends string>(areas: readonly A[], area: string): area is A {
  return (areas as readonly string[]).includes(area);
}
