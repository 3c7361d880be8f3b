import type { ReactNode } from 'react';
import { sortHref, tableHref, type TableParams } from '@/lib/table/href';
import { columnClass, type Column, type SortState } from './column';
import { Pager } from './pager';
import { RowLink } from './row-link';
import { SortHeader } from './sort-header';
import { CELL, TableFrame, type TableVariant } from './table-frame';

/**
 * Every list of the app: a server component that needs no client JavaScript. Sorting and paging
 * are links to `basePath` that keep the other URL `params` (the filters).
 */
export async function ServerTable<T>({
  columns,
  rows,
  rowKey,
  rowHref,
  rowClassName,
  sort,
  basePath = '',
  params = {},
  paging,
  emptyState,
  caption,
  testId,
  variant = 'boxed',
  footer,
}: {
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  rowHref?: (row: T) => string;
  rowClassName?: (row: T) => string | undefined;
  sort?: SortState;
  basePath?: string;
  params?: TableParams;
  /** Server-side paging; the pager is left out without it. */
  paging?: { total: number; page: number; pageSize: number };
  /** Shown instead of the table when there are no rows. */
  emptyState?: ReactNode;
  caption?: string;
  testId?: string;
  variant?: TableVariant;
  /** Rows after the body's, e.g. a total. */
  footer?: ReactNode;
}) {
  // With paging, a page past the end still shows the pager to walk back; only an empty list is "empty".
  if ((paging ? paging.total : rows.length) === 0 && emptyState) return <>{emptyState}</>;
  const pad = CELL[variant];
  const head = (
    <tr>
      {columns.map((c) => {
        const active = Boolean(c.sortKey) && sort?.key === c.sortKey;
        const sortable = Boolean(c.sortKey) && sort && !sort.fixed;
        return (
          <SortHeader
            key={c.id}
            label={c.header}
            active={active}
            dir={sort?.dir}
            href={sortable && sort && c.sortKey ? sortHref(basePath, params, sort, c.sortKey, c.firstDir) : undefined}
            className={`${pad} ${columnClass(c)}`}
          />
        );
      })}
    </tr>
  );
  const table = (
    <TableFrame head={head} caption={caption} testId={testId} variant={variant}>
      {rows.map((row) => {
        const href = rowHref?.(row);
        return (
          <tr key={rowKey(row)} className={rowClassName?.(row) ?? (variant === 'boxed' ? 'hover:bg-stone-50' : undefined)}>
            {columns.map((c) => (
              <td key={c.id} className={`${pad} ${columnClass(c)} ${c.className ?? ''}`}>
                {href && c.link ? <RowLink href={href}>{c.cell(row)}</RowLink> : c.cell(row)}
              </td>
            ))}
          </tr>
        );
      })}
      {footer}
    </TableFrame>
  );
  if (!paging) return table;
  return (
    <div className="space-y-3">
      {table}
      <Pager total={paging.total} page={paging.page} pageSize={paging.pageSize} hrefFor={(page) => tableHref(basePath, params, { page })} />
    </div>
  );
}
