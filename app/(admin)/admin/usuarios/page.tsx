import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { UsersTable } from '@/components/users/users-table/users-table';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listUsers } from '@/lib/users/queries';
import { routes } from '@/lib/routes';

export default async function UsersPage() {
  const actor = await requirePermission('users.read');
  const users = await listUsers(getDb(), actor);
  const t = await getTranslations('users');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={<ButtonLink href={routes.admin.newUser()}>{t('new')}</ButtonLink>} />
      <UsersTable
        rows={users.map((u) => ({
          id: u.id,
          name: u.name,
          email: u.email,
          role: u.role,
          status: u.status,
          link: u.customerName ?? u.shopName ?? null,
          lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
          createdAt: u.createdAt.toISOString(),
        }))}
      />
    </>
  );
}
