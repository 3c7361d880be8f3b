import { getTranslations } from 'next-intl/server';
import { CustomerForm } from '@/components/crm/customer-form';
import { CustomerSummary } from '@/components/crm/customer-summary';
import { customerToForm } from '@/components/crm/customer-values';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { orNotFound } from '@/lib/server/not-found';
import { getOwnCustomer } from '@/lib/crm/queries';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function OwnRecordPage() {
  const actor = await requirePermission('customers.contacts');
  const customer = await orNotFound(getOwnCustomer(getDb(), actor));
  const t = await getTranslations('customers');
  const { initial, rows } = customerToForm(customer);
  return (
    <>
      <PageHeader title={t('own.title')} description={t('own.description')} />
      <div className="grid gap-6 lg:grid-cols-[2fr_3fr]">
        <Card title={t('record')}>
          <CustomerSummary customer={customer} />
        </Card>
        <Card title={t('own.editTitle')}>
          <CustomerForm mode="contacts" initial={initial} rows={rows} representatives={null} area={null} />
        </Card>
      </div>
    </>
  );
}

export default withPageMessages('(lojista)/lojista/cadastro', OwnRecordPage);
