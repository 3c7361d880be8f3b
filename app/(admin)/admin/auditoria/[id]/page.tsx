import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AuditChanges } from '@/components/audit/audit-changes';
import { auditWords } from '@/components/audit/audit-words';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { DetailHeader } from '@/components/ui/detail-header';
import { getDb } from '@/db/client';
import { getAuditEntry } from '@/lib/audit/queries';
import { auditRecordHref } from '@/lib/audit/record-href';
import { requirePermission } from '@/lib/auth/session';
import { routes } from '@/lib/routes';
import { orNotFound } from '@/lib/server/not-found';

/** One audit entry: who did what, when, to which record, and every field before and after. */
async function AuditEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission('audit.read');
  const entry = await orNotFound(getAuditEntry(getDb(), actor, (await params).id));
  const [t, format, words] = await Promise.all([getTranslations(), getFormatter(), auditWords()]);
  const href = auditRecordHref(entry.entity, entry.entityId);
  return (
    <>
      <DetailHeader backHref={routes.admin.audit()} backLabel={t('audit.title')} title={words.action(entry.action)} status={<Badge>{entry.action}</Badge>} statusTestId="audit-action" />
      <Card title={t('audit.entry')} className="mb-6">
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-stone-600">{t('audit.when')}</dt>
          <dd>{format.dateTime(entry.at, 'short')}</dd>
          <dt className="font-medium text-stone-600">{t('audit.actor')}</dt>
          <dd>
            {entry.actorName ?? t('audit.system')}
            {entry.actorRole && ` · ${t(`roles.${entry.actorRole}`)}`}
          </dd>
          <dt className="font-medium text-stone-600">{t('audit.entity')}</dt>
          <dd>
            {words.entity(entry.entity)}
            {entry.entityId && (href ? (
              <Link href={href} className="ml-2 font-mono text-xs text-brand-800 underline">
                {entry.entityId}
              </Link>
            ) : (
              <span className="ml-2 font-mono text-xs text-stone-500">{entry.entityId}</span>
            ))}
          </dd>
        </dl>
      </Card>
      <Card title={t('audit.changes')}>
        <AuditChanges before={entry.before} after={entry.after} words={words} />
      </Card>
    </>
  );
}

export default withPageMessages('(admin)/admin/auditoria/[id]', AuditEntryPage);
