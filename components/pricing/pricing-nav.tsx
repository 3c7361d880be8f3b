import { getTranslations } from 'next-intl/server';
import { TabNav } from '@/components/ui/tab-nav';
import { routes } from '@/lib/routes';

/** The pricing screens as tabs, in the order the work goes; the keys are `pricing.tabs.*` messages. */
const TABS = [
  [routes.pricing.scenarios(), 'scenarios'],
  [routes.pricing.lists(), 'lists'],
  [routes.pricing.groups(), 'groups'],
  [routes.pricing.contracts(), 'contracts'],
  [routes.pricing.adjustments(), 'adjustments'],
  [routes.pricing.advanced(), 'advanced'],
] as const;

export async function PricingNav({ current }: { current: (typeof TABS)[number][1] }) {
  const t = await getTranslations('pricing.tabs');
  return <TabNav label={t('label')} tabs={TABS.map(([href, key]) => ({ href, label: t(key), current: key === current }))} />;
}
