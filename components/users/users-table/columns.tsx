import { getFormatter, getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import { RowLink } from '@/components/data-table/row-link';
import { Badge } from '@/components/ui/badge';
import { routes } from '@/lib/routes';
import type { UserListRow } from '@/lib/users/queries';

/** The users list's columns, sortable on the server (`sort`/`dir` of userFilterSchema). */
export async function userColumns(): Promise<Column<UserListRow>[]> {
  const t = await getTranslations();
  const format = await getFormatter();
  return [
    { id: 'name', header: t('users.name'), sortKey: 'name', cell: (u) => <RowLink href={routes.admin.user(u.id)}>{u.name}</RowLink> },
    { id: 'email', header: t('users.email'), sortKey: 'email', hideOnMobile: true, cell: (u) => u.email },
    { id: 'role', header: t('users.role'), sortKey: 'role', cell: (u) => t(`roles.${u.role}`) },
    { id: 'status', header: t('users.status'), cell: (u) => <Badge tone={u.status === 'active' ? 'green' : 'red'}>{t(`users.statuses.${u.status}`)}</Badge> },
    { id: 'link', header: t('users.link'), hideOnMobile: true, cell: (u) => u.link ?? '—' },
    { id: 'lastLogin', header: t('users.lastLogin'), sortKey: 'lastLogin', firstDir: 'desc', className: 'whitespace-nowrap', cell: (u) => (u.lastLoginAt ? format.dateTime(u.lastLoginAt, 'short') : t('users.never')) },
  ];
}
