import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Pager } from '@/components/data-table/pager';
import { filterQuery } from '@/lib/query-string';
import type { OrderFilter } from '@/lib/orders/filters';
import type { OrderListRow } from '@/lib/orders/queries';
import { OrderStatusBadge } from './order-status-badge';

type SortKey = OrderFilter['sort'];

function SortHeader({ label, column, filter, basePath, className = '' }: { label: string; column: SortKey; filter: OrderFilter; basePath: string; className?: string }) {
  const active = filter.sort === column;
  const dir = active && filter.dir === 'desc' ? 'asc' : 'desc';
  return (
    <th scope="col" className={`px-3 py-2 font-medium whitespace-nowrap ${className}`} aria-sort={active ? (filter.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <Link href={`${basePath}?${filterQuery({ ...filter, sort: column, dir, page: 1 })}`} className="inline-flex items-center gap-1 hover:text-stone-950">
        {label}
        <span aria-hidden className="text-stone-400">
          {active ? (filter.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </Link>
    </th>
  );
}

/** Orders, sorted and paginated on the server; the sort and page live in the URL with the filters. */
export async function OrdersTable({
  rows,
  total,
  filter,
  basePath,
  showCustomer = true,
  showRepresentative = showCustomer,
  paged = true,
  testId,
  rowAction,
}: {
  rows: OrderListRow[];
  total: number;
  filter: OrderFilter;
  basePath: string;
  showCustomer?: boolean;
  /** Off for a representative, whose orders are all its own. */
  showRepresentative?: boolean;
  paged?: boolean;
  testId?: string;
  /** A step to take right from the row (the approval queue's "Aprovar"). */
  rowAction?: (row: OrderListRow) => ReactNode;
}) {
  const t = await getTranslations('orders.columns');
  const th = await getTranslations('orders.holdReasons');
  const format = await getFormatter();
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="min-w-full divide-y divide-stone-200 text-sm" data-testid={testId}>
          <thead className="bg-stone-50 text-left">
            <tr>
              <SortHeader label={t('number')} column="number" filter={filter} basePath={basePath} />
              <SortHeader label={t('date')} column="date" filter={filter} basePath={basePath} />
              {showCustomer && <SortHeader label={t('customer')} column="customer" filter={filter} basePath={basePath} />}
              {showCustomer && <th scope="col" className="px-3 py-2 font-medium">{t('uf')}</th>}
              {showRepresentative && <th scope="col" className="px-3 py-2 font-medium">{t('representative')}</th>}
              <th scope="col" className="px-3 py-2 font-medium">{t('channel')}</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">{t('pieces')}</th>
              <SortHeader label={t('total')} column="total" filter={filter} basePath={basePath} className="text-right" />
              <SortHeader label={t('status')} column="status" filter={filter} basePath={basePath} />
              {rowAction && (
                <th scope="col" className="px-3 py-2 font-medium">
                  <span className="sr-only">{t('action')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {rows.map((o) => (
              <tr key={o.id} className="hover:bg-stone-50">
                <td className="px-3 py-2">
                  <Link href={`${basePath}/${o.id}`} className="font-medium text-brand-800 hover:underline">
                    #{o.number}
                  </Link>
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(o.submittedAt ?? o.createdAt, 'short')}</td>
                {showCustomer && <td className="px-3 py-2">{o.customerName}</td>}
                {showCustomer && <td className="px-3 py-2">{o.uf}</td>}
                {showRepresentative && <td className="px-3 py-2">{o.representativeName ?? '—'}</td>}
                <td className="px-3 py-2">{o.channelCode}</td>
                <td className="px-3 py-2 text-right tabular-nums">{o.pieces}</td>
                <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">{format.number(o.totalCents / 100, 'money')}</td>
                <td className="px-3 py-2">
                  <OrderStatusBadge status={o.status} />
                  {o.status === 'financial_hold' && o.holdReason && <span className="block text-xs text-stone-500">{th(o.holdReason)}</span>}
                </td>
                {rowAction && <td className="px-3 py-1">{rowAction(o)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {paged && <Pager total={total} page={filter.page} pageSize={25} hrefFor={(page) => `${basePath}?${filterQuery({ ...filter, page })}`} />}
    </div>
  );
}
