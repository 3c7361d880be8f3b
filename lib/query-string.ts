/** The values a query string may carry; empty ones (undefined, null, '') are left out. */
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

/** A filter object as a URL query string, skipping empty values and the keys in `omit`. */
export function filterQuery(filter: QueryParams, omit: string[] = []): string {
  return new URLSearchParams(
    Object.entries(filter)
      .filter(([k, v]) => !omit.includes(k) && v !== undefined && v !== null && v !== '')
      .map(([k, v]) => [k, String(v)]),
  ).toString();
}

/** `path` with `query` appended; without any non-empty value the path stays bare, so URLs stay short. */
export function withQuery(path: string, query: QueryParams = {}): string {
  const qs = filterQuery(query);
  return qs ? `${path}?${qs}` : path;
}
