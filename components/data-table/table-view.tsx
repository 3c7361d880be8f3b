import type { ReactNode } from 'react';
import { sortHref, type TableParams } from '@/lib/table/href';
import { classes, columnClass, definedProps, type Column, type SortState } from './column';
import { RowLink } from './row-link';
import { SortHeader } from './sort-header';
import { TableFrame, type TableVariant } from './table-frame';

export type TableViewProps<T> = {
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  rowHref?: (row: T) => string;
  rowClassName?: (row: T) => string | undefined;
  sort?: SortState;
  basePath?: string;
  params?: TableParams;
  caption?: string;
  showCaption?: boolean;
  testId?: string;
  variant?: TableVariant;
  /** Rows sharing a key go under one `rowgroup` header (e.g. an order's lines by product), in first-seen order. */
  groupBy?: { key: (row: T) => string; label: (row: T) => ReactNode };
};

/**
 * The rows of a list drawn from its column definitions, with sort headers as links. No hooks and
 * no server-only imports, so client forms that hold a table (inputs per row) use it too.
 */
export function TableView<T>({ columns, rows, rowKey, rowHref, rowClassName, sort, basePath = '', params = {}, caption, showCaption, testId, variant = 'boxed', groupBy }: TableViewProps<T>) {
  const head = (
    <tr>
      {columns.map((c) => {
        const active = Boolean(c.sortKey) && sort?.key === c.sortKey;
        const href = c.sortKey && sort && !sort.fixed ? sortHref(basePath, params, sort, c.sortKey, c.firstDir) : undefined;
        return <SortHeader key={c.id} label={c.header} active={active} dir={sort?.dir} href={href} className={classes(columnClass(c), c.headerClassName)} />;
      })}
    </tr>
  );
  // Rows keep their position in `rows` when grouped, so per-row field names stay stable.
  const renderRows = (list: { row: T; index: number }[]) =>
    list.map(({ row, index }) => {
      const href = rowHref?.(row);
      return (
        <tr key={rowKey(row)} {...definedProps({ className: rowClassName?.(row) })}>
          {columns.map((c) => {
            const content: ReactNode = c.cell(row, index);
            const className = classes(columnClass(c), c.rowHeader && 'font-normal', c.className);
            const inner = href && c.link ? <RowLink href={href}>{content}</RowLink> : content;
            return c.rowHeader ? (
              <th key={c.id} scope="row" {...definedProps({ className })}>
                {inner}
              </th>
            ) : (
              <td key={c.id} {...definedProps({ className })}>
                {inner}
              </td>
            );
          })}
        </tr>
      );
    });
  const indexed = rows.map((row, index) => ({ row, index }));
  if (!groupBy) {
    return (
      <TableFrame head={head} caption={caption} showCaption={showCaption} testId={testId} variant={variant}>
        {renderRows(indexed)}
      </TableFrame>
    );
  }
  const groups = new Map<string, { label: ReactNode; list: { row: T; index: number }[] }>();
  for (const entry of indexed) {
    const key = groupBy.key(entry.row);
    const group = groups.get(key) ?? { label: groupBy.label(entry.row), list: [] };
    group.list.push(entry);
    groups.set(key, group);
  }
  return (
    <TableFrame head={head} caption={caption} showCaption={showCaption} testId={testId} variant={variant} grouped>
      {[...groups].map(([key, { label, list }]) => (
        <tbody key={key} className="divide-y divide-stone-100 border-t border-stone-200">
          <tr>
            <th scope="rowgroup" colSpan={columns.length} className="pt-3 pb-1 text-left font-semibold">
              {label}
            </th>
          </tr>
          {renderRows(list)}
        </tbody>
      ))}
    </TableFrame>
  );
}
