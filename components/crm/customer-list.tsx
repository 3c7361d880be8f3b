import { getTranslations } from 'next-intl/server';
import { formatDocument } from '@/lib/crm/document';

type Row = { id: string; name: string; document: string; uf: string; representativeName: string | null };

export async function CustomerList({ rows }: { rows: Row[] }) {
  const t = await getTranslations('home');
  return (
    <table className="w-full text-sm">
      <thead>
        <tr className="border-b border-stone-200 text-left">
          <th scope="col" className="py-1 font-medium">{t('customer')}</th>
          <th scope="col" className="py-1 font-medium">{t('document')}</th>
          <th scope="col" className="py-1 font-medium">{t('uf')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-stone-100">
            <td className="py-1">{r.name}</td>
            <td className="py-1 font-mono text-xs">{formatDocument(r.document)}</td>
            <td className="py-1">{r.uf}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
