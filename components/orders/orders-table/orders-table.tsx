import type { ReactNode } from 'react';
import { ServerTable } from '@/components/data-table/server-table';
import { ORDER_PAGE_SIZE, type OrderFilter } from '@/lib/orders/filters';
import type { OrderListRow } from '@/lib/orders/queries';
import { routes, type OrdersArea } from '@/lib/routes';
import { orderColumns } from './columns';

/** Orders, sorted and paginated on the server; the sort and page live in the URL with the filters. */
export async function OrdersTable({
  rows,
  total,
  filter,
  area,
  showCustomer = true,
  showRepresentative = showCustomer,
  paged = true,
  capped = false,
  testId,
  rowAction,
  fixedOrder,
}: {
  rows: OrderListRow[];
  total: number;
  filter: OrderFilter;
  area: OrdersArea;
  showCustomer?: boolean;
  /** Off for a representative, whose orders are all its own. */
  showRepresentative?: boolean;
  paged?: boolean;
  /** The total is a lower bound (see cappedCount). */
  capped?: boolean;
  testId?: string;
  /** A step to take right from the row (the approval queue's "Aprovar"). */
  rowAction?: (row: OrderListRow) => ReactNode;
  /** The order of an unpaged card's rows, when it is a column's (the queue: oldest first). */
  fixedOrder?: { key: string; dir: 'asc' | 'desc' };
}) {
  return (
    <ServerTable
      columns={await orderColumns({ showCustomer, showRepresentative, rowAction })}
      rows={rows}
      rowKey={(o) => o.id}
      rowHref={(o) => routes.orders.detail(area, o.id)}
      // A card's few rows (queue, drafts) come in one fixed order: its headers are not sort links.
      sort={paged ? { key: filter.sort, dir: filter.dir } : { key: fixedOrder?.key ?? '', dir: fixedOrder?.dir ?? 'desc', fixed: true }}
      basePath={routes.orders.list(area)}
      params={filter}
      paging={paged ? { total, capped, page: filter.page, pageSize: ORDER_PAGE_SIZE } : undefined}
      testId={testId}
    />
  );
}
