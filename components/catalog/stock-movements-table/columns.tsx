import { getFormatter, getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import { RowLink } from '@/components/data-table/row-link';
import type { listStockMovements } from '@/lib/catalog/stock-movements';
import { routes } from '@/lib/routes';

type StockMovementRow = Awaited<ReturnType<typeof listStockMovements>>['rows'][number];

/** The stock ledger's columns: what moved, where, why, by whom, and the order or return behind it. */
export async function stockMovementColumns(): Promise<Column<StockMovementRow>[]> {
  const t = await getTranslations('catalog.movements');
  const format = await getFormatter();
  return [
    { id: 'at', header: t('columns.at'), className: 'whitespace-nowrap', cell: (m) => format.dateTime(m.at, 'short') },
    { id: 'channel', header: t('columns.channel'), cell: (m) => m.channelCode },
    {
      id: 'variant',
      header: t('columns.variant'),
      cell: (m) => (
        <>
          {m.colorName} {m.size}
          <span className="block font-mono text-xs text-stone-500">{m.sku}</span>
        </>
      ),
    },
    {
      id: 'kind',
      header: t('columns.kind'),
      cell: (m) => (
        <>
          {t(`kinds.${m.kind}`)}
          {m.reason && <span className="block text-xs text-stone-500">{m.reason}</span>}
        </>
      ),
    },
    {
      id: 'quantity',
      header: t('columns.quantity'),
      align: 'right',
      className: 'tabular-nums',
      cell: (m) => <span className={m.quantity < 0 ? 'text-red-700' : undefined}>{m.quantity > 0 ? `+${m.quantity}` : m.quantity}</span>,
    },
    {
      id: 'document',
      header: t('columns.document'),
      cell: (m) =>
        m.orderId ? (
          <RowLink href={routes.orders.detail('comercial', m.orderId)}>{t('order', { number: m.orderNumber ?? '' })}</RowLink>
        ) : m.returnId ? (
          <RowLink href={routes.returns.detail('comercial', m.returnId)}>{t('return', { number: m.returnNumber ?? '' })}</RowLink>
        ) : (
          '—'
        ),
    },
    { id: 'by', header: t('columns.by'), cell: (m) => m.actorName ?? '—' },
  ];
}
