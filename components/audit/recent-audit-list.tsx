import { getFormatter, getTranslations } from 'next-intl/server';
import { auditWords } from './audit-words';

type Row = { id: number; at: Date; actorName: string | null; action: string; entity: string; entityId: string | null };

export async function RecentAuditList({ rows }: { rows: Row[] }) {
  const t = await getTranslations('audit');
  const format = await getFormatter();
  const words = await auditWords();
  if (!rows.length) return <p className="text-sm text-stone-600">{t('empty')}</p>;
  return (
    <ul className="divide-y divide-stone-100 text-sm">
      {rows.map((r) => (
        <li key={r.id} className="flex flex-wrap justify-between gap-2 py-2">
          <span>
            <span className="font-medium">{r.actorName ?? t('system')}</span> · <span className="text-stone-700">{words.action(r.action)}</span>
          </span>
          <time className="text-stone-500" dateTime={r.at.toISOString()}>
            {format.dateTime(r.at, 'short')}
          </time>
        </li>
      ))}
    </ul>
  );
}
