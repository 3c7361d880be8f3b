import { getTranslations } from 'next-intl/server';
import { NewScenarioForm, ScenarioRowForm } from '@/components/pricing/scenario-forms';
import { PricingNav } from '@/components/pricing/pricing-nav';
import { EmptyState } from '@/components/data-table/empty-state';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listScenarios } from '@/lib/pricing/queries';

export default async function ScenariosPage({ searchParams }: { searchParams: Promise<{ created?: string }> }) {
  await requirePermission('area.comercial');
  const actor = await requirePermission('pricing.manage');
  const [rows, { created }] = await Promise.all([listScenarios(getDb(), actor), searchParams]);
  const t = await getTranslations('pricing');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <PricingNav current="scenarios" />
      {created && (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {t('created')}
        </p>
      )}
      <Card title={t('scenarios')} className="mb-6">
        {rows.length === 0 ? (
          <EmptyState title={t('emptyTitle')} description={t('emptyBody')} />
        ) : (
          <table className="min-w-full divide-y divide-stone-200 text-sm">
            <thead className="text-left">
              <tr>
                <th scope="col" className="py-2 font-medium">{t('fields.scenario')}</th>
                <th scope="col" className="py-2 text-right font-medium">{t('lists')}</th>
                <th scope="col" className="py-2 text-right font-medium">{t('members')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {rows.map((s) => (
                <tr key={s.id}>
                  <td className="py-2">
                    <ScenarioRowForm id={s.id} name={s.name} factor={(s.factorBps / 100).toFixed(2).replace('.', ',')} rounding={s.rounding} />
                  </td>
                  <td className="py-2 text-right tabular-nums">{s.lists}</td>
                  <td className="py-2 text-right tabular-nums">{s.members}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <Card title={t('new')}>
        <p className="mb-4 text-sm text-stone-600">{t('newHint')}</p>
        <NewScenarioForm />
      </Card>
    </>
  );
}
