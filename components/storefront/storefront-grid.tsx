import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import type { StorefrontCard } from '@/lib/catalog/storefront-list';
import { type StorefrontArea } from '@/lib/routes';
import { ProductCards } from './product-cards';

/**
 * The storefront's product cards, how many of how many are shown, and "Carregar mais": a plain link
 * to the same filters with the cursor of the last card, so it works without JavaScript; with it, the
 * client navigation keeps the scroll and the cards already drawn, and the next ones appear below.
 */
export async function StorefrontGrid({ area, items, total, moreHref }: { area: StorefrontArea; items: StorefrontCard[]; total: number; moreHref: string | null }) {
  const t = await getTranslations('storefront');
  return (
    <>
      <ProductCards area={area} items={items} />
      <div className="mt-6 flex flex-col items-center gap-3">
        <p role="status" className="text-sm text-stone-600" data-testid="shown-count">
          {t('showing', { shown: items.length, total })}
        </p>
        {moreHref && (
          <Link href={moreHref} scroll={false} className={buttonClass('secondary')}>
            {t('loadMore')}
          </Link>
        )}
      </div>
    </>
  );
}
