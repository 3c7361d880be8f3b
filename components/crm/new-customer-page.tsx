import { getTranslations } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { listRepresentativeOptions } from '@/lib/crm/queries';
import type { CustomersArea } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { CustomerForm } from './customer-form';
import { CUSTOMERS_VIEW } from './customers-view';

export async function NewCustomerPage({ actor, area }: { actor: Actor; area: CustomersArea }) {
  const t = await getTranslations('customers');
  const view = CUSTOMERS_VIEW[actor.role];
  const reps = view.portfolio ? null : await listRepresentativeOptions(getDb(), actor);
  return (
    <>
      <PageHeader title={t('new')} description={t(view.newDescription)} />
      <Card>
        <CustomerForm
          mode="full"
          initial={{ useType: 'revenda' }}
          rows={{ phones: [], contacts: [], assets: [] }}
          representatives={reps?.map((r) => ({ value: r.id, label: r.name })) ?? null}
          area={area}
        />
      </Card>
    </>
  );
}
