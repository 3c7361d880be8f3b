import { getFormatter, getTranslations } from 'next-intl/server';
import { RecentAuditList } from '@/components/audit/recent-audit-list';
import { Badge } from '@/components/ui/badge';
import { Card, PageHeader } from '@/components/ui/card';
import { BlockUserForm, PasswordResetForm, UnblockUserForm } from '@/components/users/user-access-panel';
import { UserForm } from '@/components/users/user-form';
import { getDb } from '@/db/client';
import { recordHistory } from '@/lib/audit/queries';
import { requirePermission } from '@/lib/auth/session';
import { orNotFound } from '@/lib/server/not-found';
import { findCustomerSuggestion } from '@/lib/crm/queries';
import { getUser, listShopOptions } from '@/lib/users/queries';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function UserPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const actor = await requirePermission('users.read');
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const db = getDb();
  const user = await orNotFound(getUser(db, actor, id));
  const [shops, linkedCustomer, history] = await Promise.all([
    listShopOptions(db, actor),
    findCustomerSuggestion(db, actor, user.customerId),
    recordHistory(db, actor, 'user', user.id),
  ]);
  const t = await getTranslations('users');
  const format = await getFormatter();
  const isSelf = user.id === actor.userId;
  return (
    <>
      <PageHeader title={user.name} description={user.email} />
      {created && (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {t('createdNotice')}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card title={t('profile')}>
          <UserForm user={user} linkedCustomer={linkedCustomer} shops={shops} />
        </Card>
        <div className="space-y-6">
          <Card title={t('access')}>
            <p className="mb-3 flex items-center gap-2 text-sm">
              {t('status')}: <Badge tone={user.status === 'active' ? 'green' : 'red'}>{t(`statuses.${user.status}`)}</Badge>
            </p>
            {user.status === 'blocked' ? (
              <>
                <p className="mb-3 text-sm text-stone-700">
                  {t('blockedSince', { date: user.blockedAt ? format.dateTime(user.blockedAt, 'short') : '—' })} · {user.blockedReason}
                </p>
                <UnblockUserForm userId={user.id} />
              </>
            ) : isSelf ? (
              <p className="text-sm text-stone-600">{t('cannotBlockSelf')}</p>
            ) : (
              <BlockUserForm userId={user.id} />
            )}
          </Card>
          <Card title={t('password')}>
            <PasswordResetForm userId={user.id} />
          </Card>
          <Card title={t('history')}>
            <RecentAuditList rows={history} />
          </Card>
        </div>
      </div>
    </>
  );
}

export default withPageMessages('(admin)/admin/usuarios/[id]', UserPage);
