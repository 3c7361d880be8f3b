import { getTranslations } from 'next-intl/server';
import { AdjustmentForm } from '@/components/pricing/price-row-form';
import { PricingNav } from '@/components/pricing/pricing-nav';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listAdjustments } from '@/lib/pricing/queries';

export default async function AdjustmentsPage({ searchParams }: { searchParams: Promise<{ origin?: string }> }) {
  await requirePermission('area.comercial');
  const actor = await requirePermission('pricing.manage');
  const [{ origins, rows }, params] = await Promise.all([listAdjustments(getDb(), actor), searchParams]);
  const origin = origins.includes(params.origin ?? '') ? params.origin! : origins[0];
  const t = await getTranslations('pricing');
  return (
    <>
      <PageHeader title={t('title')} description={t('adjustmentsDescription')} />
      <PricingNav current="adjustments" />
      <nav aria-label={t('fields.origin')} className="mb-4 flex gap-2 text-sm">
        {origins.map((o) => (
          <a key={o} href={`?origin=${o}`} aria-current={o === origin ? 'page' : undefined} className={`rounded px-3 py-1.5 ${o === origin ? 'bg-brand-700 text-white' : 'bg-white text-stone-700 ring-1 ring-stone-200'}`}>
            {t('fromOrigin', { uf: o })}
          </a>
        ))}
      </nav>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="min-w-full divide-y divide-stone-200 text-sm">
          <thead className="bg-stone-50 text-left">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">{t('fields.destUf')}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t('fields.adjustment')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {rows
              .filter((r) => r.originUf === origin)
              .map((r) => (
                <tr key={r.destUf}>
                  <td className="px-3 py-2">
                    {r.destUf} ≫ {r.originUf}
                  </td>
                  <td className="px-3 py-2">
                    <AdjustmentForm originUf={r.originUf} destUf={r.destUf} adjustment={(r.adjustmentBps / 100).toFixed(2).replace('.', ',')} />
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
