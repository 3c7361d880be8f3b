import { getFormatter, getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import type { listReturns } from '@/lib/returns/queries';
import { ReturnStatusBadge } from '../return-status-badge';

export type ReturnListRow = Awaited<ReturnType<typeof listReturns>>['rows'][number];

/** The returns list's columns; a shop sees only its own returns, so no customer column. */
export async function returnColumns({ showCustomer }: { showCustomer: boolean }): Promise<Column<ReturnListRow>[]> {
  const t = await getTranslations('returns');
  const format = await getFormatter();
  const columns: (Column<ReturnListRow> | false)[] = [
    { id: 'number', header: t('list.columns.number'), link: true, cell: (r) => `#${r.number}` },
    { id: 'date', header: t('list.columns.date'), className: 'whitespace-nowrap', cell: (r) => format.dateTime(r.createdAt, 'short') },
    { id: 'order', header: t('list.columns.order'), cell: (r) => `#${r.orderNumber}` },
    showCustomer && { id: 'customer', header: t('list.columns.customer'), cell: (r) => r.customerName },
    { id: 'reason', header: t('list.columns.reason'), hideOnMobile: true, cell: (r) => t(`reasons.${r.reason}`) },
    { id: 'pieces', header: t('list.columns.pieces'), className: 'tabular-nums', hideOnMobile: true, cell: (r) => r.pieces },
    { id: 'status', header: t('list.columns.status'), cell: (r) => <ReturnStatusBadge status={r.status} /> },
  ];
  return columns.filter((c): c is Column<ReturnListRow> => c !== false);
}
