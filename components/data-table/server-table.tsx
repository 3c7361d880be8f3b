import type { ReactNode } from 'react';
import { tableHref } from '@/lib/table/href';
import { Pager } from './pager';
import { TableView, type TableViewProps } from './table-view';

/**
 * Every list of the app: a server component that needs no client JavaScript. Sorting and paging
 * are links to `basePath` that keep the other URL `params` (the filters).
 */
export function ServerTable<T>({
  paging,
  pageParam = 'page',
  emptyState,
  ...view
}: TableViewProps<T> & {
  /** Server-side paging; the pager is left out without it. */
  paging?: { total: number; capped?: boolean; page: number; pageSize: number };
  /** The URL parameter of the page, for a page that holds more than one paged list. */
  pageParam?: string;
  /** Shown instead of the table when there are no rows. */
  emptyState?: ReactNode;
}) {
  // With paging, a page past the end still shows the pager to walk back; only an empty list is "empty".
  if ((paging ? paging.total : view.rows.length) === 0 && emptyState) return <>{emptyState}</>;
  const table = <TableView {...view} />;
  if (!paging) return table;
  const { basePath = '', params = {} } = view;
  return (
    <div className="space-y-3">
      {table}
      <Pager total={paging.total} capped={paging.capped} page={paging.page} pageSize={paging.pageSize} hrefFor={(page) => tableHref(basePath, params, { [pageParam]: page })} />
    </div>
  );
}
