import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/data-table/empty-state';
import { PageHeader } from '@/components/ui/card';
import { FilterSelect } from '@/components/forms/filter-select';
import { ButtonLink, buttonClass } from '@/components/ui/button';
import { can } from '@/lib/auth/permissions';
import { FilterBar } from '@/components/data-table/filter-bar';
import { ServerTable } from '@/components/data-table/server-table';
import { getDb } from '@/db/client';
import { listReturns, returnFilterSchema } from '@/lib/returns/queries';
import { RETURN_STATUSES } from '@/lib/returns/transitions';
import { routes, type ReturnsArea } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { returnColumns } from './returns-table/columns';
import { parseQuery } from '@/lib/server/clean-input';
import { RETURNS_VIEW } from './returns-view';

/** Returns in the actor's scope: a shop its own, a representative its portfolio's, comercial all. */
export async function ReturnsIndex({ actor, area, searchParams }: { actor: Actor; area: ReturnsArea; searchParams: Record<string, string | string[] | undefined> }) {
  const filter = parseQuery(returnFilterSchema, searchParams);
  const result = await listReturns(getDb(), actor, filter);
  const t = await getTranslations('returns');
  const view = RETURNS_VIEW[actor.role];
  const { shop } = view;
  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t(view.description)}
        actions={shop && can(actor.role, 'returns.open') ? <ButtonLink href={routes.returns.new()}>{t('list.newReturn')}</ButtonLink> : undefined}
      />
      <FilterBar action={routes.returns.list(area)}>
        <FilterSelect id="rf-status" name="status" label={t('list.columns.status')} allLabel={t("list.all")} value={filter.status} options={RETURN_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
        <button type="submit" className={buttonClass('primary')}>
          {t('list.filter')}
        </button>
      </FilterBar>
      <ServerTable
        columns={await returnColumns({ showCustomer: !shop })}
        rows={result.rows}
        rowKey={(r) => r.id}
        rowHref={(r) => routes.returns.detail(area, r.id)}
        basePath={routes.returns.list(area)}
        params={filter}
        paging={{ total: result.total, page: filter.page, pageSize: result.pageSize }}
        testId="returns"
        emptyState={<EmptyState title={t('list.empty')} description={shop ? t('list.emptyShop') : t('list.empty')} />}
      />
    </>
  );
}
