import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ProductPhoto } from '@/components/catalog/product-photo';
import { buttonClass } from '@/components/ui/button';
import type { StorefrontCard } from '@/lib/catalog/storefront-list';
import { routes, type StorefrontArea } from '@/lib/routes';

/**
 * The storefront's product cards, how many of how many are shown, and "Carregar mais": a plain link
 * to the same filters with the cursor of the last card, so it works without JavaScript; with it, the
 * client navigation keeps the scroll and the cards already drawn, and the next ones appear below.
 */
export async function StorefrontGrid({ area, items, total, moreHref }: { area: StorefrontArea; items: StorefrontCard[]; total: number; moreHref: string | null }) {
  const t = await getTranslations('storefront');
  const format = await getFormatter();
  return (
    <>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={t('products')}>
        {items.map((p) => (
          <li key={p.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm" data-testid="product-card">
            {/* The photo links too, hidden from assistive tech: the name below is the card's one link. */}
            <Link href={routes.storefront.product(area, p.id)} aria-hidden tabIndex={-1} className="mb-3 block">
              <ProductPhoto imageId={p.imageId} alt="" category={p.category} size="thumb" box="w-full" />
            </Link>
            <Link href={routes.storefront.product(area, p.id)} className="font-medium text-stone-900 hover:text-brand-800 hover:underline">
              {p.name}
            </Link>
            <p className="text-xs text-stone-500">
              {p.reference} · {p.collection}
            </p>
            <div className="mt-2 flex gap-1" aria-label={t('colors')}>
              {p.colors.map((c) => (
                <span key={c.name} title={c.name} className="h-4 w-4 rounded-full border border-stone-300" style={{ backgroundColor: c.hex }} />
              ))}
            </div>
            <p className="mt-1 text-xs text-stone-600" data-testid="sizes">
              {p.sizes.join(' · ')}
            </p>
            <p className="mt-3 text-lg font-semibold tabular-nums" data-testid="price">
              {p.priceCents !== null ? format.number(p.priceCents / 100, 'money') : '—'}
            </p>
            <p className="text-xs text-stone-500">{t('available', { count: p.available })}</p>
          </li>
        ))}
      </ul>
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
