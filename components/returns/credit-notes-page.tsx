import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { FilterSearch, FilterSelect } from '@/components/forms/filter-select';
import { buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/data-table/empty-state';
import { PageHeader, StatCard } from '@/components/ui/card';
import { CsvLink } from '@/components/data-table/csv-link';
import { FilterBar } from '@/components/data-table/filter-bar';
import { ServerTable } from '@/components/data-table/server-table';
import { getDb } from '@/db/client';
import { creditNoteFilterSchema, listCreditNotes } from '@/lib/returns/credit-notes';
import { routes } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { creditNoteColumns } from './credit-notes-table/columns';
import { parseQuery } from '@/lib/server/clean-input';

/** Finance › Notas de crédito: what closed returns owe the shops, filtered, paginated and exportable. */
export async function CreditNotesPage({ actor, searchParams }: { actor: Actor; searchParams: Record<string, string | string[] | undefined> }) {
  const filter = parseQuery(creditNoteFilterSchema, searchParams);
  const result = await listCreditNotes(getDb(), actor, filter);
  const t = await getTranslations('returns.creditNotes');
  const tf = await getTranslations('orders.filters');
  const format = await getFormatter();
  const money = (cents: number) => format.number(cents / 100, 'money');
  const filtered = Boolean(filter.q || filter.status);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="mb-6 grid gap-4 sm:grid-cols-2">
        <StatCard label={t('count')} value={result.total} />
        <StatCard label={t('sum')} value={money(result.sumCents)} />
      </div>
      <FilterBar action={routes.returns.creditNotes()}>
        <FilterSearch id="cn-q" label={tf('search')} placeholder={t('searchHint')} value={filter.q} />
        <FilterSelect id="cn-status" label={t('status')} name="status" value={filter.status} allLabel={tf('all')} options={(['open', 'settled'] as const).map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
        <button type="submit" className={buttonClass('primary')}>
          {tf('apply')}
        </button>
        {filtered && (
          <Link href={routes.returns.creditNotes()} className={buttonClass('ghost')}>
            {tf('clear')}
          </Link>
        )}
        <CsvLink href={routes.returns.creditNotesExport({ q: filter.q, status: filter.status })} className="ml-auto">
          {t('exportCsv')}
        </CsvLink>
      </FilterBar>
      <ServerTable
        columns={await creditNoteColumns()}
        rows={result.rows}
        rowKey={(r) => r.id}
        basePath={routes.returns.creditNotes()}
        params={{ q: filter.q, status: filter.status }}
        paging={{ total: result.total, page: result.page, pageSize: result.pageSize }}
        testId="credit-notes"
        emptyState={<EmptyState title={filtered ? t('emptyFiltered') : t('empty')} description={filtered ? t('emptyFilteredHint') : t('emptyHint')} />}
      />
    </>
  );
}
