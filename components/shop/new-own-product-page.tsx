import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { routes } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { findCurrentShop } from '@/lib/shop/current';
import { ownProductOptions } from '@/lib/shop/own-product-queries';
import { NoShopNotice } from './no-shop-notice';
import { OwnProductForm } from './own-product-form';
import { ShopHeader } from './shop-header';

/** Registering one of the shop's own products with its grid. */
export async function NewOwnProductPage({ actor }: { actor: Actor }) {
  const db = getDb();
  const shop = await findCurrentShop(db, actor);
  if (!shop) return <NoShopNotice />;
  const options = await ownProductOptions(db, actor, shop);
  const t = await getTranslations('shop.products');
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href={routes.shop.products()} className="text-brand-800 hover:underline">
          ← {t('title')}
        </Link>
      </p>
      <PageHeader title={t('new')} description={t('newDescription')} />
      <ShopHeader actor={actor} shop={shop} />
      <Card>
        <OwnProductForm options={{ ...options, markupPercent: shop.markupBps / 100 }} />
      </Card>
    </>
  );
}
