import { getTranslations } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { customerTimeline, getCustomer, listRepresentativeOptions } from '@/lib/crm/queries';
import type { CustomersArea } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { orNotFound } from '@/lib/server/not-found';
import { CreditPanel } from './credit-panel';
import { CustomerForm } from './customer-form';
import { CUSTOMERS_VIEW } from './customers-view';
import { CustomerSummary } from './customer-summary';
import { CustomerTimeline } from './customer-timeline';
import { ShopLoginsCard } from './shop-logins-card';
import { listShopLogins } from '@/lib/crm/shop-logins';
import { customerToForm } from './customer-values';
import { centsToInput } from '@/lib/money';
import { customerOrderSummary } from '@/lib/crm/order-summary';
import { ORDERS_VIEW } from '@/components/orders/orders-view';
import { CustomerSales } from './customer-sales';

/** A customer's page: the record, what the actor may change, and its timeline. Outside the scope it is a 404. */
export async function CustomerDetailPage({ actor, id, area, saved }: { actor: Actor; id: string; area: CustomersArea; saved: boolean }) {
  const db = getDb();
  const customer = await orNotFound(getCustomer(db, actor, id));
  const canManageShop = can(actor.role, 'shops.manage');
  const [events, reps, logins, sales] = await Promise.all([
    customerTimeline(db, actor, id),
    CUSTOMERS_VIEW[actor.role].portfolio ? null : listRepresentativeOptions(db, actor),
    canManageShop ? listShopLogins(db, actor, id) : null,
    customerOrderSummary(db, actor, id),
  ]);
  const t = await getTranslations('customers');
  const { initial, rows } = customerToForm(customer);
  const canEdit = can(actor.role, 'customers.update');
  const canCredit = can(actor.role, 'customers.credit');
  return (
    <>
      <PageHeader title={customer.name} description={customer.tradeName ?? undefined} />
      {saved && (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {t('saved')}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-6">
          <Card title={t('record')}>
            <CustomerSummary customer={customer} />
          </Card>
          <Card title={t('sales.title')}>
            {/* Credit figures follow the order page's rule: everyone but the shop itself sees them. */}
            <CustomerSales summary={sales} customerId={customer.id} area={area} showCredit={!ORDERS_VIEW[actor.role].shop} />
          </Card>
          {canEdit && (
            <Card title={t('edit')}>
              <CustomerForm mode="full" initial={initial} rows={rows} representatives={reps?.map((r) => ({ value: r.id, label: r.name })) ?? null} area={area} />
            </Card>
          )}
        </div>
        <div className="space-y-6">
          {canCredit && (
            <Card title={t('credit.title')}>
              <CreditPanel customerId={customer.id} customerName={customer.name} creditLimit={centsToInput(customer.creditLimitCents)} status={customer.status} />
            </Card>
          )}
          {logins && (
            <Card title={t('shopLogins.title')}>
              <ShopLoginsCard customerId={customer.id} logins={logins.map((l) => ({ ...l, lastLoginAt: l.lastLoginAt?.toISOString() ?? null }))} />
            </Card>
          )}
          <Card title={t('timeline.title')}>
            <CustomerTimeline events={events} />
          </Card>
        </div>
      </div>
    </>
  );
}
