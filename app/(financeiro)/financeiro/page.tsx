import { getTranslations } from 'next-intl/server';
import { BarChartWithTable } from '@/components/charts/bar-chart-card';
import { WorkQueueCard } from '@/components/home/work-queue-card';
import { EmptyState } from '@/components/data-table/empty-state';
import { Card, PageHeader, StatCard } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { countCustomersByUf } from '@/lib/crm/queries';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function FinanceiroHome() {
  const actor = await requirePermission('area.financeiro');
  const byUf = await countCustomersByUf(getDb(), actor);
  const t = await getTranslations();
  const total = byUf.reduce((s, r) => s + r.total, 0);
  const companies = byUf.reduce((s, r) => s + r.companies, 0);
  const individuals = byUf.reduce((s, r) => s + r.individuals, 0);
  return (
    <>
      <PageHeader title={t('financeiro.homeTitle')} description={t('financeiro.homeDescription')} />
      <WorkQueueCard actor={actor} area="financeiro" className="mb-6" />
      <div className="mb-6 grid gap-4 sm:grid-cols-3">
        <StatCard label={t('home.customers')} value={total} />
        <StatCard label={t('home.companies')} value={companies} />
        <StatCard label={t('home.individuals')} value={individuals} />
      </div>
      <Card title={t('home.customersPerUf')}>
        {byUf.length ? (
          <BarChartWithTable data={byUf.map((r) => ({ label: r.uf, value: r.total }))} labelHeader={t('home.uf')} valueHeader={t('home.customers')} caption={t('home.customersPerUf')} />
        ) : (
          <EmptyState title={t('home.noCustomers')} description={t('home.noCustomersHint')} />
        )}
      </Card>
    </>
  );
}

export default withPageMessages('(financeiro)/financeiro', FinanceiroHome);
