import { getFormatter, getTranslations } from 'next-intl/server';
import { fieldChanges } from '@/lib/audit/field-changes';
import { formatAuditValue } from './audit-value';
import type { AuditWords } from './audit-words';

/** The fields an audit entry changed, one row each with its label and its value before and after. */
export async function AuditChanges({ before, after, words }: { before: unknown; after: unknown; words: AuditWords }) {
  const t = await getTranslations('audit');
  const format = await getFormatter();
  const changes = fieldChanges(before, after);
  if (!changes.length) return <p className="text-xs text-stone-500">{t('noFieldChanges')}</p>;
  const yesNo = { yes: t('yes'), no: t('no') };
  return (
    <table className="mt-2 min-w-64 text-xs">
      <thead>
        <tr className="text-left text-stone-600">
          <th scope="col" className="py-1 pr-3 font-medium">{t('field')}</th>
          <th scope="col" className="py-1 pr-3 font-medium">{t('before')}</th>
          <th scope="col" className="py-1 font-medium">{t('after')}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-stone-100">
        {changes.map((c) => (
          <tr key={c.field}>
            <th scope="row" className="py-1 pr-3 text-left font-medium">{words.field(c.field)}</th>
            <td className="max-w-56 py-1 pr-3 break-words text-stone-600">{formatAuditValue(c.field, c.before, format, yesNo)}</td>
            <td className="max-w-56 py-1 break-words">{formatAuditValue(c.field, c.after, format, yesNo)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
