import { getFormatter, getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import { RowLink } from '@/components/data-table/row-link';
import { Badge } from '@/components/ui/badge';
import type { listOutbox } from '@/lib/email/queries';
import { routes } from '@/lib/routes';

type OutboxRow = Awaited<ReturnType<typeof listOutbox>>[number];

const TONE = { pending: 'amber', sending: 'amber', sent: 'green', failed: 'red' } as const;

/** The e-mail outbox's columns; the subject opens the message. */
export async function outboxColumns(): Promise<Column<OutboxRow>[]> {
  const t = await getTranslations('emailsPage');
  const format = await getFormatter();
  return [
    { id: 'created', header: t('created'), className: 'whitespace-nowrap', cell: (e) => format.dateTime(e.createdAt, 'short') },
    { id: 'to', header: t('to'), cell: (e) => e.toAddress },
    { id: 'subject', header: t('subject'), cell: (e) => <RowLink href={routes.admin.email(e.id)}>{e.subject}</RowLink> },
    {
      id: 'status',
      header: t('status'),
      cell: (e) => (
        <>
          <Badge tone={TONE[e.status]}>{t(`statuses.${e.status}`)}</Badge>
          {e.lastError && <span className="block text-xs text-red-700">{e.lastError}</span>}
        </>
      ),
    },
    { id: 'attempts', header: t('attempts'), className: 'tabular-nums', hideOnMobile: true, cell: (e) => e.attempts },
  ];
}
