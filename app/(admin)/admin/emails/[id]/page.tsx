import { getFormatter, getTranslations } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { getOutboxEmail } from '@/lib/email/queries';
import { orNotFound } from '@/lib/server/not-found';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function EmailPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission('outbox.read');
  const { id } = await params;
  const email = await orNotFound(getOutboxEmail(getDb(), actor, id));
  const t = await getTranslations('emailsPage');
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={email.subject} description={`${t('to')}: ${email.toAddress} · ${format.dateTime(email.createdAt, 'short')}`} />
      <Card title={t('textVersion')}>
        <pre className="text-sm whitespace-pre-wrap [overflow-wrap:anywhere]" data-testid="email-text">{email.text}</pre>
      </Card>
    </>
  );
}

export default withPageMessages('(admin)/admin/emails/[id]', EmailPage);
