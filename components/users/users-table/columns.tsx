import { createColumnHelper } from '@tanstack/react-table';
import type { useFormatter } from 'next-intl';
import type { Translator } from '@/lib/i18n/message-key';
import Link from 'next/link';
import type { TableFeatureSet } from '@/components/data-table/features';
import { ROW_LINK } from '@/components/data-table/row-link';
import { Badge } from '@/components/ui/badge';
import type { ROLES } from '@/lib/auth/roles';
import { routes } from '@/lib/routes';

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

/**
 * The users list's columns. The users list stays a client table: the whole list is small and
 * filtering it as one types needs no round trip; it still draws with the shared table pieces.
 */
export function userColumns(t: Translator, format: ReturnType<typeof useFormatter>) {
  return helper.columns([
    helper.accessor('name', {
      header: t('users.name'),
      cell: (c) => (
        <Link href={routes.admin.user(c.row.original.id)} className={ROW_LINK}>
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
  ]);
}
