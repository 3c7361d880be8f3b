import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { RepresentativeRowForm } from '@/components/crm/representative-row-form';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/data-table/empty-state';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listRepresentatives } from '@/lib/crm/representatives';

export default async function RepresentativesPage() {
  await requirePermission('area.comercial');
  const actor = await requirePermission('representatives.manage');
  const reps = await listRepresentatives(getDb(), actor);
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t('representatives.title')} description={t('representatives.description')} />
      {reps.length === 0 ? (
        <EmptyState title={t('representatives.empty')} description={t('representatives.emptyHint')} />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="min-w-full divide-y divide-stone-200 text-sm">
            <thead className="bg-stone-50 text-left">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">{t('representatives.name')}</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">{t('representatives.customers')}</th>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t('representatives.commission')} · {t('representatives.ufs')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {reps.map((r) => (
                <tr key={r.id} className="align-top">
                  <td className="px-3 py-2">
                    <span className="font-medium">{r.name}</span> {r.status === 'blocked' && <Badge tone="red">{t('users.statuses.blocked')}</Badge>}
                    <span className="block text-xs text-stone-500">{r.email}</span>
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    <Link href={`/comercial/clientes?rep=${r.id}`} className="text-brand-800 hover:underline" aria-label={`${t('representatives.viewPortfolio')}: ${r.name}`}>
                      {r.customers}
                    </Link>
                  </td>
                  <td className="px-3 py-2">
                    <RepresentativeRowForm id={r.id} name={r.name} commission={(r.commissionBps / 100).toFixed(2).replace('.', ',')} ufs={r.ufs.join(', ')} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
