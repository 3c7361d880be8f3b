import { getTranslations } from 'next-intl/server';
import { ServerTable } from '@/components/data-table/server-table';
import { PricingNav } from '@/components/pricing/pricing-nav';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listAdjustments } from '@/lib/pricing/queries';
import { adjustmentColumns } from './columns';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function AdjustmentsPage({ searchParams }: { searchParams: Promise<{ origin?: string }> }) {
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
      <ServerTable columns={await adjustmentColumns()} rows={rows.filter((r) => r.originUf === origin)} rowKey={(r) => r.destUf} />
    </>
  );
}

export default withPageMessages('(comercial)/comercial/precos/ajustes', AdjustmentsPage);
