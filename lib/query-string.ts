/** A filter object as a URL query string, skipping empty values and the keys in `omit`. */
export function filterQuery(filter: Record<string, string | number | boolean | null | undefined>, omit: string[] = []): string {
  return new URLSearchParams(
    Object.entries(filter)
      .filter(([k, v]) => !omit.includes(k) && v !== undefined && v !== null && v !== '')
      .map(([k, v]) => [k, String(v)]),
  ).toString();
}
