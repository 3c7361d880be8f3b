import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/data-table/empty-state';
import { ServerTable } from '@/components/data-table/server-table';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listOutbox } from '@/lib/email/queries';
import { env } from '@/lib/env';
import { outboxColumns } from './columns';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function EmailsPage() {
  const actor = await requirePermission('outbox.read');
  const emails = await listOutbox(getDb(), actor);
  const t = await getTranslations('emailsPage');
  return (
    <>
      <PageHeader title={t('title')} description={env.emailSendingEnabled ? t('descriptionSending') : t('descriptionNoKey')} />
      <ServerTable
        columns={await outboxColumns()}
        rows={emails}
        rowKey={(e) => e.id}
        emptyState={<EmptyState title={t('emptyTitle')} description={t('emptyBody')} />}
      />
    </>
  );
}

export default withPageMessages('(admin)/admin/emails', EmailsPage);
