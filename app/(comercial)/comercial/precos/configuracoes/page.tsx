import { getTranslations } from 'next-intl/server';
import { AdvancedPricingForm } from '@/components/pricing/advanced-form';
import { PricingNav } from '@/components/pricing/pricing-nav';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { COMPANY_SIZES, USE_TYPES } from '@/lib/crm/schemas';
import { advancedPricing, listScenarios } from '@/lib/pricing/queries';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function AdvancedPricingPage() {
  await requirePermission('area.comercial');
  const actor = await requirePermission('pricing.manage');
  const db = getDb();
  const [scenarios, current] = await Promise.all([listScenarios(db, actor), advancedPricing(db, actor)]);
  const t = await getTranslations('pricing');
  return (
    <>
      <PageHeader title={t('title')} description={t('advanced.description')} />
      <PricingNav current="advanced" />
      <Card>
        <AdvancedPricingForm scenarios={scenarios.map((s) => ({ value: s.id, label: s.name }))} sizes={[...COMPANY_SIZES]} useTypes={[...USE_TYPES]} current={current} />
      </Card>
    </>
  );
}

export default withPageMessages('(comercial)/comercial/precos/configuracoes', AdvancedPricingPage);
