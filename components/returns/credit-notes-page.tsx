import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { listCreditNotes } from '@/lib/returns/queries';
import type { Actor } from '@/lib/server/context';

/** Finance › Notas de crédito: what closed returns owe the shops. */
export async function CreditNotesPage({ actor }: { actor: Actor }) {
  const rows = await listCreditNotes(getDb(), actor);
  const t = await getTranslations('returns.creditNotes');
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      {rows.length === 0 ? (
        <EmptyState title={t('empty')} description={t('emptyHint')} />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="min-w-full divide-y divide-stone-200 text-sm" data-testid="credit-notes">
            <thead className="bg-stone-50 text-left">
              <tr>
                {(['number', 'date', 'customer', 'return', 'amount', 'status'] as const).map((c) => (
                  <th key={c} scope="col" className={`px-3 py-2 font-medium ${c === 'amount' ? 'text-right' : ''}`}>
                    {t(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="px-3 py-2">{r.number}</td>
                  <td className="px-3 py-2">{format.dateTime(r.createdAt, 'short')}</td>
                  <td className="px-3 py-2">{r.customerName}</td>
                  <td className="px-3 py-2">#{r.returnNumber}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{format.number(r.amountCents / 100, 'money')}</td>
                  <td className="px-3 py-2">
                    <Badge tone={r.status === 'open' ? 'amber' : 'green'}>{t(`statuses.${r.status}`)}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
