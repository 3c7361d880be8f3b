import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { FilterSearch, FilterSelect } from '@/components/forms/filter-select';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/data-table/empty-state';
import { PageHeader, StatCard } from '@/components/ui/card';
import { Pager } from '@/components/data-table/pager';
import { getDb } from '@/db/client';
import { filterQuery } from '@/lib/query-string';
import { creditNoteFilterSchema, listCreditNotes } from '@/lib/returns/credit-notes';
import type { Actor } from '@/lib/server/context';

/** Finance › Notas de crédito: what closed returns owe the shops, filtered, paginated and exportable. */
export async function CreditNotesPage({ actor, basePath, searchParams }: { actor: Actor; basePath: string; searchParams: Record<string, string | string[] | undefined> }) {
  const filter = creditNoteFilterSchema.parse(searchParams);
  const result = await listCreditNotes(getDb(), actor, filter);
  const t = await getTranslations('returns.creditNotes');
  const tf = await getTranslations('orders.filters');
  const format = await getFormatter();
  const money = (cents: number) => format.number(cents / 100, 'money');
  const filtered = Boolean(filter.q || filter.status);
  const query = filterQuery({ q: filter.q, status: filter.status });
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="mb-6 grid gap-4 sm:grid-cols-2">
        <StatCard label={t('count')} value={result.total} />
        <StatCard label={t('sum')} value={money(result.sumCents)} />
      </div>
      <form method="get" action={basePath} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <FilterSearch id="cn-q" label={tf('search')} placeholder={t('searchHint')} value={filter.q} />
        <FilterSelect id="cn-status" label={t('status')} name="status" value={filter.status} allLabel={tf('all')} options={(['open', 'settled'] as const).map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
        <button type="submit" className={buttonClass('primary')}>
          {tf('apply')}
        </button>
        {filtered && (
          <Link href={basePath} className={buttonClass('ghost')}>
            {tf('clear')}
          </Link>
        )}
        <a href={`${basePath}/exportar${query ? `?${query}` : ''}`} className={`${buttonClass('secondary')} ml-auto`}>
          {t('exportCsv')}
        </a>
      </form>
      {result.total === 0 ? (
        <EmptyState title={filtered ? t('emptyFiltered') : t('empty')} description={filtered ? t('emptyFilteredHint') : t('emptyHint')} />
      ) : (
        <div className="space-y-3">
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
                {result.rows.map((r) => (
                  <tr key={r.id}>
                    <td className="px-3 py-2">{r.number}</td>
                    <td className="px-3 py-2">{format.dateTime(r.createdAt, 'short')}</td>
                    <td className="px-3 py-2">
                      {r.customerName} <span className="text-stone-500">· {r.customerUf}</span>
                    </td>
                    <td className="px-3 py-2">#{r.returnNumber}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{money(r.amountCents)}</td>
                    <td className="px-3 py-2">
                      <Badge tone={r.status === 'open' ? 'amber' : 'green'}>{t(`statuses.${r.status}`)}</Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager total={result.total} page={result.page} pageSize={result.pageSize} hrefFor={(page) => `${basePath}?${filterQuery({ q: filter.q, status: filter.status, page })}`} />
        </div>
      )}
    </>
  );
}
