import { getFormatter, getTranslations } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { getOutboxEmail } from '@/lib/email/queries';
import { orNotFound } from '@/lib/server/not-found';
import { routes } from '@/lib/routes';
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
      {email.attachments.length > 0 && (
        <Card title={t('attachments')} className="mb-6">
          <ul className="text-sm" data-testid="email-attachments">
            {email.attachments.map((name, i) => (
              <li key={name}>
                <a className="text-brand-800 underline" href={routes.admin.emailAttachment(email.id, i)}>
                  {name}
                </a>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card title={t('textVersion')}>
        <pre className="text-sm whitespace-pre-wrap [overflow-wrap:anywhere]" data-testid="email-text">{email.text}</pre>
      </Card>
    </>
  );
}

export default withPageMessages('(admin)/admin/emails/[id]', EmailPage);
