import { withQuery, type QueryParams } from '@/lib/query-string';

export type SortDir = 'asc' | 'desc';

/** The URL parameters of a list page: its filters, sort and page. */
export type TableParams = QueryParams;

/** `basePath` with `params` overridden by `change`; empty values are dropped so URLs stay short. */
export function tableHref(basePath: string, params: TableParams, change: TableParams = {}): string {
  return withQuery(basePath, { ...params, ...change });
}

/**
 * The direction a click on a sort header asks for: the other way round when the column is already
 * the sort, else the column's natural first direction (newest first for dates and totals).
 */
export function nextSortDir(active: boolean, dir: SortDir, firstDir: SortDir = 'asc'): SortDir {
  if (!active) return firstDir;
  return dir === 'asc' ? 'desc' : 'asc';
}

/** The link of a sort header: the other filters stay, the page goes back to 1 because the order changed. */
export function sortHref(
  basePath: string,
  params: TableParams,
  sort: { key: string; dir: SortDir },
  column: string,
  firstDir: SortDir = 'asc',
): string {
  const dir = nextSortDir(sort.key === column, sort.dir, firstDir);
  return tableHref(basePath, params, { sort: column, dir, page: 1 });
}

/** The `aria-sort` of a header: only the sorted column says which way. */
export function ariaSort(active: boolean, dir: SortDir): 'ascending' | 'descending' | undefined {
  if (!active) return undefined;
  return dir === 'asc' ? 'ascending' : 'descending';
}
