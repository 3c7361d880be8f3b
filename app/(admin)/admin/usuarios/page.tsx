import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { CsvLink } from '@/components/data-table/csv-link';
import { EmptyState } from '@/components/data-table/empty-state';
import { FilterBar } from '@/components/data-table/filter-bar';
import { ServerTable } from '@/components/data-table/server-table';
import { FilterSearch, FilterSelect } from '@/components/forms/filter-select';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { ButtonLink, buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { userColumns } from '@/components/users/users-table/columns';
import { getDb } from '@/db/client';
import { ROLES } from '@/lib/auth/roles';
import { requirePermission } from '@/lib/auth/session';
import { routes } from '@/lib/routes';
import { parseQuery } from '@/lib/server/clean-input';
import { userFilterSchema } from '@/lib/users/filters';
import { listUsers } from '@/lib/users/queries';

type SearchParams = Record<string, string | string[] | undefined>;

async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission('users.read');
  const filter = parseQuery(userFilterSchema, await searchParams);
  const result = await listUsers(getDb(), actor, filter);
  const t = await getTranslations();
  const filters = { q: filter.q, role: filter.role, status: filter.status };
  const filtered = Object.values(filters).some(Boolean);
  const newUser = <ButtonLink href={routes.admin.newUser()}>{t('users.new')}</ButtonLink>;
  return (
    <>
      <PageHeader title={t('users.title')} description={t('users.description')} actions={newUser} />
      <FilterBar action={routes.admin.users()}>
        <FilterSearch id="users-q" label={t('users.search')} placeholder={t('users.searchHint')} value={filter.q} />
        <FilterSelect id="users-role" name="role" label={t('users.role')} allLabel={t('table.all')} value={filter.role} options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        <FilterSelect
          id="users-status"
          name="status"
          label={t('users.status')}
          allLabel={t('table.all')}
          value={filter.status}
          options={(['active', 'blocked'] as const).map((s) => ({ value: s, label: t(`users.statuses.${s}`) }))}
        />
        <button type="submit" className={buttonClass('primary')}>
          {t('users.apply')}
        </button>
        {filtered && (
          <Link href={routes.admin.users()} className={buttonClass('ghost')}>
            {t('users.clear')}
          </Link>
        )}
        <CsvLink href={routes.admin.usersExport({ ...filters, sort: filter.sort, dir: filter.dir })} className="ml-auto">
          {t('table.exportCsv')}
        </CsvLink>
      </FilterBar>
      <ServerTable
        columns={await userColumns()}
        rows={result.rows}
        rowKey={(u) => u.id}
        sort={{ key: filter.sort, dir: filter.dir }}
        basePath={routes.admin.users()}
        params={filters}
        paging={{ total: result.total, page: result.page, pageSize: result.pageSize }}
        testId="users"
        emptyState={
          filtered ? (
            <EmptyState title={t('users.emptyFiltered')} description={t('users.emptyFilteredHint')} />
          ) : (
            <EmptyState title={t('users.emptyTitle')} description={t('users.emptyBody')} action={newUser} />
          )
        }
      />
    </>
  );
}

export default withPageMessages('(admin)/admin/usuarios', UsersPage);
