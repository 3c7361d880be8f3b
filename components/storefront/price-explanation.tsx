import { getTranslations } from 'next-intl/server';
import type { PriceExplanation } from '@/lib/pricing/customer-pricing';

/** Says which rule chose the prices: "Cenário X, via grupo Y; lista SC ≫ RS; ajuste ICMS 12%". */
export async function PriceExplanationText({ pricing }: { pricing: PriceExplanation }) {
  const t = await getTranslations('storefront.explain');
  const via =
    pricing.source === 'group'
      ? t('viaGroup', { group: pricing.groupName ?? '' })
      : pricing.source === 'size'
        ? t('viaSize', { size: pricing.size ?? '' })
        : pricing.source === 'system_default'
          ? t('viaDefault', { useType: pricing.useType ?? '' })
          : t('viaOwn');
  return (
    <p className="text-sm text-stone-700" data-testid="price-explanation">
      {t('scenario', { name: pricing.scenarioName ?? '' })}, {via}; {t('list', { dest: pricing.destUf, origin: pricing.originUf ?? '' })}; {t('adjustment', { percent: ((pricing.adjustmentBps ?? 0) / 100).toLocaleString('pt-BR') })}
    </p>
  );
}
