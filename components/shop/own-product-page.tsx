import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ImageUploadForm } from '@/components/catalog/image-upload-form';
import { ProductPhoto } from '@/components/catalog/product-photo';
import type { Column } from '@/components/data-table/column';
import { TableView } from '@/components/data-table/table-view';
import { Button } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { centsToInput } from '@/lib/money';
import { routes } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { orNotFound } from '@/lib/server/not-found';
import { findCurrentShop } from '@/lib/shop/current';
import { addOwnProductImageAction, removeOwnProductImageAction } from '@/lib/shop/own-product-actions';
import { ownProductDetail, ownProductOptions, type OwnProductDetail } from '@/lib/shop/own-product-queries';
import { NoShopNotice } from './no-shop-notice';
import { OwnProductForm } from './own-product-form';
import { OwnVariantEanForm } from './own-variant-ean-form';
import { AdjustForm } from './stock-row-forms';

type Variant = OwnProductDetail['variants'][number];

/** One of the shop's own products: its data and prices, its photos, and each variant's barcode and stock (with the first count). */
export async function OwnProductPage({ actor, id, created }: { actor: Actor; id: string; created: boolean }) {
  const db = getDb();
  const shop = await findCurrentShop(db, actor);
  if (!shop) return <NoShopNotice />;
  const data = await orNotFound(ownProductDetail(db, actor, shop, id));
  const options = await ownProductOptions(db, actor, shop);
  const t = await getTranslations('shop.products');
  const tc = await getTranslations('catalog');
  const { product } = data;
  const item = (v: Variant) => `${product.name} — ${v.colorName} ${v.size}`;
  const level = (locationId: string, variantId: string) => data.levels.find((l) => l.locationId === locationId && l.variantId === variantId);
  const first = data.locations[0];
  const columns: Column<Variant>[] = [
    {
      id: 'variant',
      header: t('variant'),
      cell: (v) => (
        <span className="flex items-center gap-2">
          <span aria-hidden className="inline-block size-3 rounded-full border border-stone-300" style={{ backgroundColor: v.colorHex }} />
          {v.colorName} {v.size}
          <span className="font-mono text-xs text-stone-500">{v.sku}</span>
        </span>
      ),
    },
    { id: 'ean', header: tc('fields.ean'), cell: (v) => <OwnVariantEanForm variantId={v.id} ean={v.ean ?? ''} item={item(v)} /> },
    ...data.locations.map(
      (l): Column<Variant> => ({ id: `loc-${l.id}`, header: t('onHandAt', { location: l.name ?? '—' }), align: 'right', className: 'tabular-nums', cell: (v) => level(l.id, v.id)?.onHand ?? 0 }),
    ),
    ...(first ? [{ id: 'count', header: t('count', { location: first.name ?? '—' }), cell: (v: Variant) => <AdjustForm locationId={first.id} variantId={v.id} item={item(v)} /> }] : []),
  ];
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href={routes.shop.products()} className="text-brand-800 hover:underline">
          ← {t('title')}
        </Link>
      </p>
      <PageHeader title={`${product.reference} · ${product.name}`} description={[product.category, product.brand].filter(Boolean).join(' · ') || undefined} />
      {created && (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {t('created', { variants: data.variants.length })}
        </p>
      )}
      <Card title={t('variants')} className="mb-6">
        <p className="mb-3 text-sm text-stone-600">{t('variantsHint')}</p>
        <TableView columns={columns} rows={data.variants} rowKey={(v) => v.id} variant="plain" testId="own-variants" />
        <p className="mt-3 text-sm">
          <Link href={routes.shop.stock('lojista', { q: product.reference })} className="text-brand-800 hover:underline">
            {t('toStock')}
          </Link>
        </p>
      </Card>
      <Card title={t('data')} className="mb-6">
        <OwnProductForm
          options={{ ...options, markupPercent: shop.markupBps / 100 }}
          product={{
            id: product.id,
            name: product.name,
            description: product.description ?? '',
            category: product.category ?? '',
            brand: product.brand ?? '',
            supplierId: data.supplierId ?? '',
            ncm: product.ncm ?? '',
            cost: centsToInput(data.costCents),
            price: data.ownPriceCents === null ? '' : centsToInput(data.ownPriceCents),
            active: product.active,
          }}
        />
      </Card>
      <Card title={tc('images.title')}>
        {data.images.length === 0 && <ProductPhoto imageId={null} alt={product.name} category={product.category} size="thumb" className="mb-4" />}
        {data.images.length > 0 && (
          <ul className="mb-4 grid grid-cols-3 gap-3">
            {data.images.map((img) => (
              <li key={img.id} className="space-y-1">
                <ProductPhoto imageId={img.id} alt={product.name} size="large" />
                <form action={removeOwnProductImageAction}>
                  <input type="hidden" name="id" value={img.id} />
                  <Button type="submit" variant="ghost">
                    {tc('images.remove')}
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <ImageUploadForm productId={product.id} action={addOwnProductImageAction} />
      </Card>
    </>
  );
}
