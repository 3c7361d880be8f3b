import { getFormatter, getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import { Badge } from '@/components/ui/badge';
import type { CreditNoteRow } from '@/lib/returns/credit-notes';

/** The credit notes list's columns. */
export async function creditNoteColumns(): Promise<Column<CreditNoteRow>[]> {
  const t = await getTranslations('returns.creditNotes');
  const format = await getFormatter();
  return [
    { id: 'number', header: t('number'), cell: (r) => r.number },
    { id: 'date', header: t('date'), cell: (r) => format.dateTime(r.createdAt, 'short') },
    {
      id: 'customer',
      header: t('customer'),
      cell: (r) => (
        <>
          {r.customerName} <span className="text-stone-500">· {r.customerUf}</span>
        </>
      ),
    },
    { id: 'return', header: t('return'), cell: (r) => `#${r.returnNumber}` },
    { id: 'amount', header: t('amount'), align: 'right', className: 'tabular-nums', cell: (r) => format.number(r.amountCents / 100, 'money') },
    { id: 'status', header: t('status'), cell: (r) => <Badge tone={r.status === 'open' ? 'amber' : 'green'}>{t(`statuses.${r.status}`)}</Badge> },
  ];
}
