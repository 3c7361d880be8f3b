import { getTranslations } from 'next-intl/server';
import { BarChartWithTable } from '@/components/charts/bar-chart-card';
import { WorkQueueCard } from '@/components/home/work-queue-card';
import { EmptyState } from '@/components/data-table/empty-state';
import { TableView } from '@/components/data-table/table-view';
import { Card, PageHeader, StatCard } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { countCustomersByUf, countRepresentatives } from '@/lib/crm/queries';
import { listShopsInScope } from '@/lib/shop/queries';
import { portfolioColumns } from './columns';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function ComercialHome() {
  const actor = await requirePermission('area.comercial');
  const db = getDb();
  const [byUf, reps, shops] = await Promise.all([countCustomersByUf(db, actor), countRepresentatives(db, actor), listShopsInScope(db, actor)]);
  const t = await getTranslations();
  const total = byUf.reduce((s, r) => s + r.total, 0);
  return (
    <>
      <PageHeader title={t('comercial.homeTitle')} description={t('comercial.homeDescription')} />
      <WorkQueueCard actor={actor} area="comercial" className="mb-6" />
      <div className="mb-6 grid gap-4 sm:grid-cols-3">
        <StatCard label={t('home.customers')} value={total} />
        <StatCard label={t('home.representatives')} value={reps.length} />
        <StatCard label={t('home.shops')} value={shops.length} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t('home.customersPerUf')}>
          {byUf.length ? (
            <BarChartWithTable data={byUf.map((r) => ({ label: r.uf, value: r.total }))} labelHeader={t('home.uf')} valueHeader={t('home.customers')} caption={t('home.customersPerUf')} />
          ) : (
            <EmptyState title={t('home.noCustomers')} description={t('home.noCustomersHint')} />
          )}
        </Card>
        <Card title={t('home.portfolios')}>
          <TableView columns={await portfolioColumns()} rows={reps} rowKey={(r) => r.id} variant="plain" />
        </Card>
      </div>
    </>
  );
}

export default withPageMessages('(comercial)/comercial', ComercialHome);
