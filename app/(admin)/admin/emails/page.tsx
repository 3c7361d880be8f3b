import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/data-table/empty-state';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listOutbox } from '@/lib/email/queries';
import { env } from '@/lib/env';

const TONE = { pending: 'amber', sending: 'amber', sent: 'green', failed: 'red' } as const;

export default async function EmailsPage() {
  const actor = await requirePermission('outbox.read');
  const emails = await listOutbox(getDb(), actor);
  const t = await getTranslations('emailsPage');
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t('title')} description={env.emailSendingEnabled ? t('descriptionSending') : t('descriptionNoKey')} />
      {emails.length === 0 ? (
        <EmptyState title={t('emptyTitle')} description={t('emptyBody')} />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="min-w-full divide-y divide-stone-200 text-sm">
            <thead className="bg-stone-50 text-left">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">{t('created')}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t('to')}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t('subject')}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t('status')}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t('attempts')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {emails.map((e) => (
                <tr key={e.id}>
                  <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(e.createdAt, 'short')}</td>
                  <td className="px-3 py-2">{e.toAddress}</td>
                  <td className="px-3 py-2">
                    <Link href={`/admin/emails/${e.id}`} className="text-brand-800 hover:underline">
                      {e.subject}
                    </Link>
                  </td>
                  <td className="px-3 py-2">
                    <Badge tone={TONE[e.status]}>{t(`statuses.${e.status}`)}</Badge>
                    {e.lastError && <span className="block text-xs text-red-700">{e.lastError}</span>}
                  </td>
                  <td className="px-3 py-2 tabular-nums">{e.attempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
