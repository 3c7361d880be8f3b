'use client';

import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { photoSource } from '@/components/catalog/photo-source';
import type { StorefrontCard } from '@/lib/catalog/storefront-list';
import { routes, type StorefrontArea } from '@/lib/routes';

/**
 * The storefront's product cards. A client component on purpose: the page sends each product's data
 * once (a few hundred bytes) and the browser draws the card, instead of the server sending the card's
 * markup twice (HTML and RSC payload) — 48 cards a page, more after "Carregar mais".
 */
export function ProductCards({ area, items }: { area: StorefrontArea; items: StorefrontCard[] }) {
  const t = useTranslations('storefront');
  const format = useFormatter();
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={t('products')}>
      {items.map((p) => {
        const href = routes.storefront.product(area, p.id);
        const photo = photoSource({ imageId: p.imageId, category: p.category, box: 'w-full' });
        return (
          <li key={p.id} className="product-card" data-testid="product-card">
            {/* The name is the card's one link, stretched over the whole card (product-card-name): the photo opens the product too. */}
            {/* eslint-disable-next-line @next/next/no-img-element -- our own route (the photo already resized, or the cached outline) */}
            <img src={photo.src} alt="" width={photo.width} height={photo.height} loading="lazy" className={`mb-3 ${photo.className}`} />
            <Link href={href} className="product-card-name">
              {p.name}
            </Link>
            <p className="product-card-note">{[p.reference, p.collection].filter(Boolean).join(' · ')}</p>
            <div className="mt-2 flex gap-1" aria-label={t('colors')}>
              {p.colors.map((c) => (
                <span key={c.name} title={c.name} className="swatch" style={{ backgroundColor: c.hex }} />
              ))}
            </div>
            <p className="mt-1 text-xs text-stone-600" data-testid="sizes">
              {p.sizes.join(' · ')}
            </p>
            <p className="product-card-price" data-testid="price">
              {p.priceCents !== null ? format.number(p.priceCents / 100, 'money') : '—'}
            </p>
            <p className="product-card-note">{t('available', { count: p.available })}</p>
          </li>
        );
      })}
    </ul>
  );
}
