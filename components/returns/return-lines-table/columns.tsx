import { getFormatter, getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import type { ReturnDetail } from '@/lib/returns/queries';

type ReturnLine = ReturnDetail['lines'][number];

/** A return's lines: the item, why it comes back, how many, the credit it earns, and what inspection decided. */
export async function returnLineColumns(): Promise<Column<ReturnLine>[]> {
  const t = await getTranslations('returns');
  const format = await getFormatter();
  const money = (cents: number) => format.number(cents / 100, 'money');
  return [
    {
      id: 'item',
      header: t('detail.item'),
      cell: (l) => (
        <>
          {l.productName} — {l.colorName} {l.size}
          <span className="block font-mono text-xs text-stone-500">{l.sku}</span>
        </>
      ),
    },
    { id: 'reason', header: t('detail.reason'), cell: (l) => t(`reasons.${l.reason}`) },
    { id: 'quantity', header: t('detail.quantity'), align: 'right', className: 'tabular-nums', cell: (l) => l.quantity },
    {
      id: 'credit',
      header: t('detail.credit'),
      align: 'right',
      className: 'tabular-nums',
      cell: (l) => (
        <>
          {money(l.creditCents)}
          <span className="block text-xs text-stone-500">
            {l.quantity} × {money(l.unitCreditCents)}
          </span>
        </>
      ),
    },
    {
      id: 'outcome',
      header: t('detail.outcome'),
      cell: (l) => (
        <>
          {l.outcome ? t(`outcomes.${l.outcome}`) : '—'}
          {l.inspectionNote && <span className="block text-xs text-stone-500">{l.inspectionNote}</span>}
        </>
      ),
    },
    { id: 'destination', header: t('detail.destination'), cell: (l) => (l.destination ? t(`destinations.${l.destination}`) : '—') },
  ];
}
