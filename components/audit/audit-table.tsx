import { getFormatter, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/data-table/empty-state';
import { Pager } from '@/components/data-table/pager';
import type { AuditFilter } from '@/lib/audit/schemas';

type Row = {
  id: number;
  at: Date;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
};

function pageHref(filter: AuditFilter, page: number): string {
  const params = new URLSearchParams(
    Object.entries({ ...filter, page }).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)]),
  );
  return `/admin/auditoria?${params.toString()}`;
}

export async function AuditTable({ result, filter }: { result: { rows: Row[]; total: number; page: number; pageSize: number }; filter: AuditFilter }) {
  const t = await getTranslations();
  const format = await getFormatter();
  if (result.total === 0) return <EmptyState title={t('audit.emptyTitle')} description={t('audit.emptyFiltered')} />;
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="min-w-full divide-y divide-stone-200 text-sm">
          <thead className="bg-stone-50 text-left">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium" aria-sort="descending">{t('audit.when')} ▼</th>
              <th scope="col" className="px-3 py-2 font-medium">{t('audit.actor')}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t('audit.action')}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t('audit.entity')}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t('audit.changes')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {result.rows.map((r) => (
              <tr key={r.id} className="align-top">
                <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(r.at, 'short')}</td>
                <td className="px-3 py-2">
                  {r.actorName ?? t('audit.system')}
                  {r.actorRole && <span className="block text-xs text-stone-500">{t(`roles.${r.actorRole}`)}</span>}
                </td>
                <td className="px-3 py-2"><code className="text-xs">{r.action}</code></td>
                <td className="px-3 py-2">
                  {r.entity}
                  {r.entityId && <span className="block font-mono text-xs text-stone-500">{r.entityId}</span>}
                </td>
                <td className="px-3 py-2">
                  {r.before || r.after ? (
                    <details>
                      <summary className="cursor-pointer text-brand-800">{t('audit.showChanges')}</summary>
                      <div className="mt-2 grid gap-2 md:grid-cols-2">
                        <div>
                          <p className="text-xs font-medium text-stone-600">{t('audit.before')}</p>
                          <pre className="max-w-md overflow-x-auto rounded bg-stone-50 p-2 text-xs">{JSON.stringify(r.before, null, 2) ?? '—'}</pre>
                        </div>
                        <div>
                          <p className="text-xs font-medium text-stone-600">{t('audit.after')}</p>
                          <pre className="max-w-md overflow-x-auto rounded bg-stone-50 p-2 text-xs">{JSON.stringify(r.after, null, 2) ?? '—'}</pre>
                        </div>
                      </div>
                    </details>
                  ) : (
                    <span className="text-stone-400">—</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager total={result.total} page={result.page} pageSize={result.pageSize} hrefFor={(page) => pageHref(filter, page)} />
    </div>
  );
}
