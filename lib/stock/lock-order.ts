/**
 * Stock rows in one fixed order — by location, then variant — so concurrent transactions that touch
 * the same rows lock them in the same order and never deadlock.
 */
export function inLockOrder<T extends { variantId: string; locationId?: string }>(lines: readonly T[]): T[] {
  const key = (l: T) => `${l.locationId ?? ''}:${l.variantId}`;
  return [...lines].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
