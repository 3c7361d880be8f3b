import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/data-table/empty-state';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { customerTags, listCustomers, listRepresentativeOptions } from '@/lib/crm/queries';
import { customerFilterSchema } from '@/lib/crm/schemas';
import { hasScreen, NEW_CUSTOMER_AREAS, routes, type CustomersArea } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { CustomerFilters } from './customer-filters';
import { CustomersTable } from './customers-table/customers-table';
import { CUSTOMERS_VIEW } from './customers-view';
import { TransferForm } from './transfer-form';
import { parseQuery } from '@/lib/server/clean-input';

/** The customers page every staff area shares; what it offers follows the actor's permissions and CUSTOMERS_VIEW. */
export async function CustomersIndex({ actor, area, searchParams }: { actor: Actor; area: CustomersArea; searchParams: Record<string, string | string[] | undefined> }) {
  const filter = parseQuery(customerFilterSchema, searchParams);
  const db = getDb();
  const view = CUSTOMERS_VIEW[actor.role];
  const [result, reps, tags] = await Promise.all([listCustomers(db, actor, filter), !view.portfolio ? listRepresentativeOptions(db, actor) : null, customerTags(db, actor)]);
  const t = await getTranslations('customers');
  const repOptions = reps?.map((r) => ({ value: r.id, label: r.name })) ?? null;
  // Links go only to screens this area has (admin may browse an area whose screens it cannot use).
  const canCreate = can(actor.role, 'customers.create');
  const newHref = canCreate && hasScreen(NEW_CUSTOMER_AREAS, area) ? routes.customers.new(area) : null;
  const canTransfer = can(actor.role, 'customers.transfer');
  const filtered = Object.keys(searchParams).some((k) => !['sort', 'dir', 'page'].includes(k) && searchParams[k]);
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t(view.description)}
        actions={
          <>
            {can(actor.role, 'customers.import') && area === 'comercial' && (
              <ButtonLink variant="secondary" href={routes.customers.imports()}>
                {t('import.title')}
              </ButtonLink>
            )}
            {newHref && <ButtonLink href={newHref}>{t('new')}</ButtonLink>}
          </>
        }
      />
      <CustomerFilters filter={filter} area={area} representatives={repOptions} tags={tags} />
      {canTransfer && repOptions && result.total > 0 && <TransferForm representatives={repOptions} />}
      {result.total === 0 ? (
        <EmptyState
          title={filtered ? t('emptyFilteredTitle') : t('emptyTitle')}
          description={filtered ? t('emptyFilteredBody') : canCreate ? t('emptyBody') : t('emptyBodyReadOnly')}
          action={!filtered && newHref ? <ButtonLink href={newHref}>{t('new')}</ButtonLink> : undefined}
        />
      ) : (
        <CustomersTable result={result} filter={filter} area={area} selectable={canTransfer} showCredit={!view.portfolio} />
      )}
    </>
  );
}
