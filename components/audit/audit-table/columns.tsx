import { getFormatter, getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import type { Role } from '@/lib/auth/roles';

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

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <div>
      <p className="text-xs font-medium text-stone-600">{label}</p>
      <pre className="max-w-md overflow-x-auto rounded bg-stone-50 p-2 text-xs">{JSON.stringify(value, null, 2) ?? '—'}</pre>
    </div>
  );
}

/** The audit log's columns; the changes open on demand so a long JSON never fills the page. */
export async function auditColumns(): Promise<Column<AuditRow>[]> {
  const t = await getTranslations();
  const format = await getFormatter();
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
    { id: 'action', header: t('audit.action'), cell: (r) => <code className="text-xs">{r.action}</code> },
    {
      id: 'entity',
      header: t('audit.entity'),
      cell: (r) => (
        <>
          {r.entity}
          {r.entityId && <span className="block font-mono text-xs text-stone-500">{r.entityId}</span>}
        </>
      ),
    },
    {
      id: 'changes',
      header: t('audit.changes'),
      cell: (r) =>
        r.before || r.after ? (
          <details>
            <summary className="cursor-pointer text-brand-800">{t('audit.showChanges')}</summary>
            <div className="mt-2 grid gap-2 md:grid-cols-2">
              <Json label={t('audit.before')} value={r.before} />
              <Json label={t('audit.after')} value={r.after} />
            </div>
          </details>
        ) : (
          <span className="text-stone-400">—</span>
        ),
    },
  ];
}
