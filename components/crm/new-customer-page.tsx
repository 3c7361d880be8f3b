import { getTranslations } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { listRepresentativeOptions } from '@/lib/crm/queries';
import type { Actor } from '@/lib/server/context';
import { CustomerForm } from './customer-form';

export async function NewCustomerPage({ actor, basePath }: { actor: Actor; basePath: string }) {
  const t = await getTranslations('customers');
  const reps = actor.role === 'representante' ? null : await listRepresentativeOptions(getDb(), actor);
  return (
    <>
      <PageHeader title={t('new')} description={actor.role === 'representante' ? t('newDescriptionPortfolio') : t('newDescription')} />
      <Card>
        <CustomerForm
          mode="full"
          initial={{ useType: 'revenda' }}
          rows={{ phones: [], contacts: [], assets: [] }}
          representatives={reps?.map((r) => ({ value: r.id, label: r.name })) ?? null}
          basePath={basePath}
        />
      </Card>
    </>
  );
}
