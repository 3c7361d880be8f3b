import { getTranslations } from 'next-intl/server';
import type { Role } from '@/lib/auth/roles';
import { ufName } from '@/lib/crm/uf-names';
import type { PriceExplanation } from '@/lib/pricing/customer-pricing';
import { PRICE_EXPLANATION } from './storefront-view';

/**
 * Says why these prices: to a shop in plain words ("Preço para SC, enviado de Minas Gerais"); to the
 * brand's people, the rule that chose them ("Cenário X, via grupo Y; lista SC ≫ RS; ajuste ICMS 12%").
 */
export async function PriceExplanationText({ pricing, role }: { pricing: PriceExplanation; role: Role }) {
  const t = await getTranslations('storefront.explain');
  if (PRICE_EXPLANATION[role] === 'plain') {
    return (
      <p className="text-sm text-stone-700" data-testid="price-explanation">
        {t('plain', { dest: pricing.destUf, origin: ufName(pricing.originUf) })}
      </p>
    );
  }
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
