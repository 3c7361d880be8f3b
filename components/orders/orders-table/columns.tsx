import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Column } from '@/components/data-table/column';
import type { OrderListRow } from '@/lib/orders/queries';
import { OrderStatusBadge } from '../order-status-badge';

/** The orders list's columns; customer and representative drop out where every order shares them. */
export async function orderColumns({
  showCustomer,
  showRepresentative,
  rowAction,
}: {
  showCustomer: boolean;
  showRepresentative: boolean;
  rowAction?: (row: OrderListRow) => ReactNode;
}): Promise<Column<OrderListRow>[]> {
  const t = await getTranslations('orders.columns');
  const th = await getTranslations('orders.holdReasons');
  const format = await getFormatter();
  const columns: (Column<OrderListRow> | false)[] = [
    { id: 'number', header: t('number'), sortKey: 'number', firstDir: 'desc', link: true, cell: (o) => `#${o.number}` },
    { id: 'date', header: t('date'), sortKey: 'date', firstDir: 'desc', className: 'whitespace-nowrap', cell: (o) => format.dateTime(o.submittedAt ?? o.createdAt, 'short') },
    showCustomer && { id: 'customer', header: t('customer'), sortKey: 'customer', firstDir: 'desc', cell: (o) => o.customerName },
    showCustomer && { id: 'uf', header: t('uf'), cell: (o) => o.uf },
    showRepresentative && { id: 'representative', header: t('representative'), hideOnMobile: true, cell: (o) => o.representativeName ?? '—' },
    { id: 'channel', header: t('channel'), hideOnMobile: true, cell: (o) => o.channelCode },
    { id: 'pieces', header: t('pieces'), align: 'right', className: 'tabular-nums', hideOnMobile: true, cell: (o) => o.pieces },
    { id: 'total', header: t('total'), sortKey: 'total', firstDir: 'desc', align: 'right', className: 'tabular-nums whitespace-nowrap', cell: (o) => format.number(o.totalCents / 100, 'money') },
    {
      id: 'status',
      header: t('status'),
      sortKey: 'status',
      firstDir: 'desc',
      cell: (o) => (
        <>
          <OrderStatusBadge status={o.status} />
          {o.status === 'financial_hold' && o.holdReason && <span className="block text-xs text-stone-500">{th(o.holdReason)}</span>}
        </>
      ),
    },
    rowAction ? { id: 'action', header: <span className="sr-only">{t('action')}</span>, cell: rowAction } : false,
  ];
  return columns.filter((c): c is Column<OrderListRow> => c !== false);
}
