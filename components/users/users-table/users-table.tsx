'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/data-table/empty-state';
import { ROLES } from '@/lib/auth/roles';
import { userColumns, type UserTableRow } from './columns';
import { routes } from '@/lib/routes';

export function UsersTable({ rows }: { rows: UserTableRow[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const columns = useMemo(() => userColumns(t, format), [t, format]);
  return (
    <DataTable
      data={rows}
      columns={columns}
      searchLabel={t('users.search')}
      facets={[
        { columnId: 'role', label: t('users.role'), options: ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })) },
        { columnId: 'status', label: t('users.status'), options: (['active', 'blocked'] as const).map((s) => ({ value: s, label: t(`users.statuses.${s}`) })) },
      ]}
      csv={{
        filename: 'usuarios.csv',
        headers: [t('users.name'), t('users.email'), t('users.role'), t('users.status'), t('users.link'), t('users.lastLogin')],
        row: (r) => [r.name, r.email, r.role, r.status, r.link, r.lastLoginAt],
      }}
      empty={<EmptyState title={t('users.emptyTitle')} description={t('users.emptyBody')} action={<ButtonLink href={routes.admin.newUser()}>{t('users.new')}</ButtonLink>} />}
    />
  );
}
