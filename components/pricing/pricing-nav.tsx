import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
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
  return (
    <nav aria-label={t('label')} className="mb-6 flex flex-wrap gap-1 border-b border-stone-200 text-sm">
      {TABS.map(([href, key]) => (
        <Link key={key} href={href} aria-current={key === current ? 'page' : undefined} className={`-mb-px border-b-2 px-3 py-2 ${key === current ? 'border-brand-700 font-medium text-brand-800' : 'border-transparent text-stone-600 hover:text-stone-900'}`}>
          {t(key)}
        </Link>
      ))}
    </nav>
  );
}
