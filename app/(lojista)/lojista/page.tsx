import { getTranslations } from 'next-intl/server';
import { WorkQueueCard } from '@/components/home/work-queue-card';
import { EmptyState } from '@/components/data-table/empty-state';
import { Card, PageHeader, StatCard } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { formatDocument } from '@/lib/crm/document';
import { getOwnCustomer } from '@/lib/crm/queries';
import { listShopsInScope } from '@/lib/shop/queries';
import { BlockedCustomerNotice } from '@/components/crm/blocked-customer-notice';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { PurchasesNotice } from '@/components/shop/purchases-notice';

async function LojistaHome() {
  const actor = await requirePermission('area.lojista');
  const db = getDb();
  const [customer, shops] = await Promise.all([getOwnCustomer(db, actor), listShopsInScope(db, actor)]);
  const t = await getTranslations();
  const employees = shops.reduce((s, x) => s + x.employees, 0);
  return (
    <>
      <PageHeader title={t('lojista.homeTitle', { name: customer?.name ?? actor.name })} description={t('lojista.homeDescription')} />
      {customer && <BlockedCustomerNotice customer={customer} shop className="mb-6" />}
      <PurchasesNotice actor={actor} className="mb-6" />
      <WorkQueueCard actor={actor} area="lojista" className="mb-6" />
      <div className="mb-6 grid gap-4 sm:grid-cols-3">
        <StatCard label={t('home.shops')} value={shops.length} />
        <StatCard label={t('home.employees')} value={employees} />
        <StatCard label={t('home.representative')} value={customer?.representativeName ?? '—'} hint={customer?.representativeEmail ?? undefined} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t('home.myRecord')}>
          {customer ? (
            <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
              <dt className="text-stone-600">{t('home.customer')}</dt>
              <dd>{customer.name}</dd>
              <dt className="text-stone-600">{t(`home.documentTypes.${customer.documentType}`)}</dt>
              <dd className="font-mono">{formatDocument(customer.document)}</dd>
              <dt className="text-stone-600">{t('home.uf')}</dt>
              <dd>{customer.uf}</dd>
            </dl>
          ) : (
            <EmptyState title={t('home.noRecord')} description={t('home.noRecordHint')} />
          )}
        </Card>
        <Card title={t('home.myShops')}>
          {shops.length ? (
            <ul className="divide-y divide-stone-100 text-sm">
              {shops.map((s) => (
                <li key={s.id} className="flex justify-between py-2">
                  <span>{s.name}</span>
                  <span className="text-stone-600">{t('home.employeesCount', { count: s.employees })}</span>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title={t('home.noShops')} description={t('home.noShopsHint')} />
          )}
        </Card>
      </div>
    </>
  );
}

export default withPageMessages('(lojista)/lojista', LojistaHome);
