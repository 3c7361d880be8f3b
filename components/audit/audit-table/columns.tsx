import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import { auditRecordHref } from '@/lib/audit/record-href';
import type { Role } from '@/lib/auth/roles';
import { RowLink } from '@/components/data-table/row-link';
import { fieldChanges } from '@/lib/audit/field-changes';
import { routes } from '@/lib/routes';
import { auditWords } from '../audit-words';

export type AuditRow = {
  id: number;
  at: Date;
  actorName: string | null;
  actorRole: Role | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
};

/** The audit log's columns: actions and records in words, a link to the record, the changed fields on demand. */
export async function auditColumns(): Promise<Column<AuditRow>[]> {
  const t = await getTranslations();
  const format = await getFormatter();
  const words = await auditWords();
  return [
    { id: 'when', header: t('audit.when'), sortKey: 'at', className: 'whitespace-nowrap', cell: (r) => format.dateTime(r.at, 'short') },
    {
      id: 'actor',
      header: t('audit.actor'),
      cell: (r) => (
        <>
          {r.actorName ?? t('audit.system')}
          {r.actorRole && <span className="block text-xs text-stone-500">{t(`roles.${r.actorRole}`)}</span>}
        </>
      ),
    },
    {
      id: 'action',
      header: t('audit.action'),
      cell: (r) => (
        <>
          {words.action(r.action)}
          <code className="block text-xs text-stone-500">{r.action}</code>
        </>
      ),
    },
    {
      id: 'entity',
      header: t('audit.entity'),
      cell: (r) => {
        const href = auditRecordHref(r.entity, r.entityId);
        return (
          <>
            {words.entity(r.entity)}
            {r.entityId &&
              (href ? (
                <Link href={href} className="block font-mono text-xs text-brand-800 underline" title={t('audit.openRecord', { entity: words.entity(r.entity) })}>
                  {r.entityId}
                </Link>
              ) : (
                <span className="block font-mono text-xs text-stone-500">{r.entityId}</span>
              ))}
          </>
        );
      },
    },
    {
      id: 'changes',
      header: t('audit.changes'),
      // The fields before and after are on the entry's own page: a list of 25 entries stays light.
      cell: (r) => {
        const changed = r.before || r.after ? fieldChanges(r.before, r.after).length : 0;
        return (
          <RowLink href={routes.admin.auditEntry(r.id)} label={`${words.action(r.action)}, ${format.dateTime(r.at, 'short')}`}>
            {changed ? t('audit.fieldsChanged', { count: changed }) : t('audit.openEntry')}
          </RowLink>
        );
      },
    },
  ];
}
