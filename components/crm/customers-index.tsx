import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/data-table/empty-state';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { customerTags, listCustomers, listRepresentativeOptions } from '@/lib/crm/queries';
import { customerFilterSchema } from '@/lib/crm/schemas';
import type { Actor } from '@/lib/server/context';
import { CustomerFilters } from './customer-filters';
import { CustomerSearch } from './customer-search';
import { CustomersTable } from './customers-table/customers-table';
import { TransferForm } from './transfer-form';
import { parseQuery } from '@/lib/server/clean-input';

/** The customers page every staff area shares; what it offers follows the actor's permissions. */
export async function CustomersIndex({ actor, basePath, searchParams }: { actor: Actor; basePath: string; searchParams: Record<string, string | string[] | undefined> }) {
  const filter = parseQuery(customerFilterSchema, searchParams);
  const db = getDb();
  const staff = actor.role !== 'representante';
  const [result, reps, tags] = await Promise.all([listCustomers(db, actor, filter), staff ? listRepresentativeOptions(db, actor) : null, customerTags(db, actor)]);
  const t = await getTranslations('customers');
  const repOptions = reps?.map((r) => ({ value: r.id, label: r.name })) ?? null;
  const canCreate = can(actor.role, 'customers.create');
  const canTransfer = can(actor.role, 'customers.transfer');
  const filtered = Object.keys(searchParams).some((k) => !['sort', 'dir', 'page'].includes(k) && searchParams[k]);
  return (
    <>
      <PageHeader
        title={t('title')}
        description={actor.role === 'representante' ? t('descriptionPortfolio') : t('description')}
        actions={
          <>
            {can(actor.role, 'customers.import') && (
              <ButtonLink variant="secondary" href={`${basePath}/importar`}>
                {t('import.title')}
              </ButtonLink>
            )}
            {canCreate && <ButtonLink href={`${basePath}/novo`}>{t('new')}</ButtonLink>}
          </>
        }
      />
      <div className="mb-6">
        <CustomerSearch basePath={basePath} />
      </div>
      <CustomerFilters filter={filter} basePath={basePath} representatives={repOptions} tags={tags} />
      {canTransfer && repOptions && result.total > 0 && <TransferForm representatives={repOptions} />}
      {result.total === 0 ? (
        <EmptyState
          title={filtered ? t('emptyFilteredTitle') : t('emptyTitle')}
          description={filtered ? t('emptyFilteredBody') : canCreate ? t('emptyBody') : t('emptyBodyReadOnly')}
          action={!filtered && canCreate ? <ButtonLink href={`${basePath}/novo`}>{t('new')}</ButtonLink> : undefined}
        />
      ) : (
        <CustomersTable result={result} filter={filter} basePath={basePath} selectable={canTransfer} showCredit={staff} />
      )}
    </>
  );
}
