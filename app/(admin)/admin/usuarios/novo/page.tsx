import { getTranslations } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { UserForm } from '@/components/users/user-form';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listShopOptions } from '@/lib/users/queries';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function NewUserPage() {
  const actor = await requirePermission('users.write');
  const shops = await listShopOptions(getDb(), actor);
  const t = await getTranslations('users');
  return (
    <>
      <PageHeader title={t('new')} description={t('newDescription')} />
      <Card>
        <UserForm linkedCustomer={null} shops={shops} />
      </Card>
    </>
  );
}

export default withPageMessages('(admin)/admin/usuarios/novo', NewUserPage);
