'use client';

import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import type { TableFeatureSet } from '@/components/data-table/features';
import { ButtonLink } from '@/components/ui/button';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/data-table/empty-state';
import { ROLES } from '@/lib/auth/roles';

export type UserTableRow = {
  id: string;
  name: string;
  email: string;
  role: (typeof ROLES)[number];
  status: 'active' | 'blocked';
  link: string | null;
  lastLoginAt: string | null;
  createdAt: string;
};

const helper = createColumnHelper<TableFeatureSet, UserTableRow>();

export function UsersTable({ rows }: { rows: UserTableRow[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('name', {
          header: t('users.name'),
          cell: (c) => (
            <Link href={`/admin/usuarios/${c.row.original.id}`} className="font-medium text-brand-800 hover:underline">
              {c.getValue()}
            </Link>
          ),
        }),
        helper.accessor('email', { header: t('users.email') }),
        helper.accessor('role', { header: t('users.role'), filterFn: 'equalsString', cell: (c) => t(`roles.${c.getValue()}`) }),
        helper.accessor('status', {
          header: t('users.status'),
          filterFn: 'equalsString',
          cell: (c) => <Badge tone={c.getValue() === 'active' ? 'green' : 'red'}>{t(`users.statuses.${c.getValue()}`)}</Badge>,
        }),
        helper.accessor((r) => r.link ?? '', { id: 'link', header: t('users.link') }),
        helper.accessor((r) => r.lastLoginAt ?? '', {
          id: 'lastLoginAt',
          header: t('users.lastLogin'),
          cell: (c) => (c.getValue() ? format.dateTime(new Date(c.getValue()), 'short') : t('users.never')),
        }),
      ]),
    [t, format],
  );
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
      empty={<EmptyState title={t('users.emptyTitle')} description={t('users.emptyBody')} action={<ButtonLink href="/admin/usuarios/novo">{t('users.new')}</ButtonLink>} />}
    />
  );
}
