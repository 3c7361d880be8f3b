import { getTranslations } from 'next-intl/server';
import { RecentAuditList } from '@/components/audit/recent-audit-list';
import { BarChartWithTable } from '@/components/charts/bar-chart-card';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader, StatCard } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { listAudit } from '@/lib/audit/queries';
import { ROLES } from '@/lib/auth/roles';
import { requirePermission } from '@/lib/auth/session';
import { countPendingEmails } from '@/lib/email/queries';
import { countUsersByRole } from '@/lib/users/queries';
import { routes } from '@/lib/routes';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function AdminHome() {
  const actor = await requirePermission('area.admin');
  const db = getDb();
  const [byRole, recent, pendingEmails] = await Promise.all([
    countUsersByRole(db, actor),
    // The home's recent activity keeps sign-ins: it is where admin sees who is using the system.
    listAudit(db, actor, { page: 1, logins: '1' }, 8),
    countPendingEmails(db, actor),
  ]);
  const t = await getTranslations();
  const total = byRole.reduce((s, r) => s + r.total, 0);
  const blocked = byRole.reduce((s, r) => s + r.blocked, 0);
  const data = ROLES.map((role) => ({ label: t(`roles.${role}`), value: byRole.find((r) => r.role === role)?.total ?? 0 }));
  return (
    <>
      <PageHeader title={t('admin.homeTitle')} description={t('admin.homeDescription')} actions={<ButtonLink href={routes.admin.newUser()}>{t('users.new')}</ButtonLink>} />
      <div className="mb-6 grid gap-4 sm:grid-cols-3">
        <StatCard label={t('admin.totalUsers')} value={total} />
        <StatCard label={t('admin.blockedUsers')} value={blocked} />
        <StatCard label={t('admin.pendingEmails')} value={pendingEmails} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t('admin.usersPerRole')}>
          <BarChartWithTable data={data} labelHeader={t('users.role')} valueHeader={t('admin.users')} caption={t('admin.usersPerRole')} />
        </Card>
        <Card title={t('admin.recentAudit')} action={<ButtonLink variant="ghost" href={routes.admin.audit()}>{t('common.seeAll')}</ButtonLink>}>
          <RecentAuditList rows={recent.rows} />
        </Card>
      </div>
    </>
  );
}

export default withPageMessages('(admin)/admin', AdminHome);
