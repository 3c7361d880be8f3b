import { getTranslations } from 'next-intl/server';
import { BarChartWithTable } from '@/components/charts/bar-chart-card';
import { CustomerList } from '@/components/crm/customer-list/customer-list';
import { WorkQueueCard } from '@/components/home/work-queue-card';
import { EmptyState } from '@/components/data-table/empty-state';
import { Card, PageHeader, StatCard } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { countCustomersByUf, listCustomersInScope } from '@/lib/crm/queries';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function RepresentanteHome() {
  const actor = await requirePermission('area.representante');
  const db = getDb();
  const [byUf, customers] = await Promise.all([countCustomersByUf(db, actor), listCustomersInScope(db, actor, 20)]);
  const t = await getTranslations();
  const total = byUf.reduce((s, r) => s + r.total, 0);
  const companies = byUf.reduce((s, r) => s + r.companies, 0);
  return (
    <>
      <PageHeader title={t('representante.homeTitle')} description={t('representante.homeDescription')} />
      <WorkQueueCard actor={actor} area="representante" className="mb-6" />
      <div className="mb-6 grid gap-4 sm:grid-cols-3">
        <StatCard label={t('home.portfolioCustomers')} value={total} />
        <StatCard label={t('home.companies')} value={companies} />
        <StatCard label={t('home.ufsCovered')} value={byUf.length} />
      </div>
      {total === 0 ? (
        <EmptyState title={t('home.emptyPortfolio')} description={t('home.emptyPortfolioHint')} />
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t('home.customersPerUf')}>
            <BarChartWithTable data={byUf.map((r) => ({ label: r.uf, value: r.total }))} labelHeader={t('home.uf')} valueHeader={t('home.customers')} caption={t('home.customersPerUf')} />
          </Card>
          <Card title={t('home.myCustomers')}>
            <CustomerList rows={customers} />
          </Card>
        </div>
      )}
    </>
  );
}

export default withPageMessages('(representante)/representante', RepresentanteHome);
