import { getFormatter, getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import type { ReturnableOrder } from '@/lib/returns/queries';

/** The shop's delivered orders with something left to return; each row leads to that order's return form. */
export async function returnableOrderColumns(): Promise<Column<ReturnableOrder>[]> {
  const t = await getTranslations('returns');
  const format = await getFormatter();
  return [
    { id: 'order', header: t('new.order'), link: true, cell: (o) => `#${o.number}` },
    { id: 'deliveredAt', header: t('new.deliveredAt'), className: 'whitespace-nowrap', cell: (o) => (o.deliveredAt ? format.dateTime(o.deliveredAt, 'short') : '—') },
    { id: 'pieces', header: t('new.pieces'), align: 'right', className: 'tabular-nums', hideOnMobile: true, cell: (o) => o.pieces },
    { id: 'left', header: t('new.piecesLeft'), align: 'right', className: 'tabular-nums', cell: (o) => o.left },
  ];
}
