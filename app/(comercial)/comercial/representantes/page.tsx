import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { EmptyState } from '@/components/data-table/empty-state';
import { FilterBar } from '@/components/data-table/filter-bar';
import { ServerTable } from '@/components/data-table/server-table';
import { FilterSearch } from '@/components/forms/filter-select';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listRepresentatives, representativeFilterSchema } from '@/lib/crm/representatives';
import { routes } from '@/lib/routes';
import { parseQuery } from '@/lib/server/clean-input';
import { representativeColumns } from './columns';

async function RepresentativesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('area.comercial');
  const actor = await requirePermission('representatives.manage');
  const filter = parseQuery(representativeFilterSchema, await searchParams);
  const result = await listRepresentatives(getDb(), actor, filter);
  const t = await getTranslations('representatives');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <FilterBar action={routes.customers.representatives()}>
        <FilterSearch id="reps-q" label={t('search')} placeholder={t('searchHint')} value={filter.q} />
        <button type="submit" className={buttonClass('primary')}>
          {t('apply')}
        </button>
        {filter.q && (
          <Link href={routes.customers.representatives()} className={buttonClass('ghost')}>
            {t('clear')}
          </Link>
        )}
      </FilterBar>
      <ServerTable
        columns={await representativeColumns()}
        rows={result.rows}
        rowKey={(r) => r.id}
        rowClassName={() => 'align-top'}
        basePath={routes.customers.representatives()}
        params={{ q: filter.q }}
        paging={{ total: result.total, page: result.page, pageSize: result.pageSize }}
        testId="representatives"
        emptyState={filter.q ? <EmptyState title={t('emptyFiltered')} description={t('emptyFilteredHint')} /> : <EmptyState title={t('empty')} description={t('emptyHint')} />}
      />
    </>
  );
}

export default withPageMessages('(comercial)/comercial/representantes', RepresentativesPage);
