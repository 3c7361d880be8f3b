import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ProductPhoto } from '@/components/catalog/product-photo';
import { gridAxes, SizeGrid } from '@/components/catalog/size-grid';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { getStorefrontProduct, storefrontContext } from '@/lib/catalog/storefront';
import { routes, type StorefrontArea } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { orNotFound } from '@/lib/server/not-found';
import { OrderGridForm } from '@/components/orders/order-grid-form';
import { PackOrderForm } from '@/components/orders/pack-order-form';
import { can } from '@/lib/auth/permissions';
import { addToOrderAction } from '@/lib/orders/actions';
import { PriceExplanationText } from './price-explanation';

/** A product at the customer's price, with the color × size grid of stock available at the chosen origin. */
export async function StorefrontProductPage({ actor, id, area }: { actor: Actor; id: string; area: StorefrontArea }) {
  const db = getDb();
  const ctx = await storefrontContext(db, actor);
  const data = await orNotFound(getStorefrontProduct(db, ctx, id));
  const t = await getTranslations('storefront');
  const format = await getFormatter();
  const { colors } = gridAxes(data.variants);
  const canOrder = can(actor.role, 'orders.place') && Boolean(ctx.customer) && Boolean(data.price);
  const to = await getTranslations('orders');
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href={routes.storefront.list(area)} className="text-brand-800 hover:underline">
          ← {t('back')}
        </Link>
      </p>
      <div className="grid gap-6 lg:grid-cols-[2fr_3fr]">
        <Card>
          <div className="mb-4 grid grid-cols-3 gap-2">
            {data.images.length === 0 && <ProductPhoto imageId={null} alt={data.product.name} category={data.product.category} size="large" className="col-span-3" />}
            {data.images.map((img, i) => (
              <ProductPhoto key={img.id} imageId={img.id} alt={i === 0 ? data.product.name : ''} size={i === 0 ? 'large' : 'thumb'} box="w-full" className={i === 0 ? 'col-span-3' : undefined} />
            ))}
          </div>
          <h1 className="text-2xl font-semibold">{data.product.name}</h1>
          <p className="text-sm text-stone-600">
            {data.product.reference} · {data.product.collection} · {data.product.category}
          </p>
          <p className="mt-4 text-3xl font-semibold tabular-nums" data-testid="price">
            {data.price ? format.number(data.price.priceCents / 100, 'money') : '—'}
          </p>
          {data.price && ctx.pricing && (
            <div className="mt-2">
              <PriceExplanationText pricing={ctx.pricing} role={actor.role} />
              {data.price.overridden && <p className="text-xs text-stone-500">{t('overridden')}</p>}
            </div>
          )}
          {!data.price && <p className="mt-2 text-sm text-amber-900">{t('noPrices')}</p>}
          {data.product.description && <p className="mt-4 text-sm text-stone-700">{data.product.description}</p>}
          {data.packs.length > 0 && (
            <div className="mt-4 text-sm">
              <p className="font-medium">{t('packs')}</p>
              <ul>
                {data.packs.map((p) => (
                  <li key={p.id}>
                    {p.name}:{' '}
                    {Object.entries(p.quantities)
                      .map(([s, q]) => `${q} ${s}`)
                      .join(', ')}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Card>
        <div className="space-y-6">
          {canOrder ? (
            <Card title={`${to('grid.title')} — ${t('grid', { origin: ctx.channel ? `${ctx.channel.name} (${ctx.channel.uf})` : '—' })}`}>
              <p className="mb-3 text-xs text-stone-500">{to('grid.hint')}</p>
              <OrderGridForm
                action={addToOrderAction}
                productId={data.product.id}
                mode="add"
                area={area}
                cells={data.variants.map((v) => ({ variantId: v.id, colorName: v.colorName, colorHex: v.colorHex, size: v.size, available: v.available }))}
              />
              {data.packs.length > 0 && (
                <div className="mt-6 border-t border-stone-100 pt-4">
                  <h3 className="mb-2 text-sm font-semibold">{to('pack.title')}</h3>
                  <PackOrderForm productId={data.product.id} packs={data.packs} colors={colors.map(([c]) => c)} />
                </div>
              )}
            </Card>
          ) : (
            <Card title={t('grid', { origin: ctx.channel ? `${ctx.channel.name} (${ctx.channel.uf})` : '—' })}>
              <SizeGrid
                variants={data.variants}
                colorLabel={t('color')}
                testId="stock-grid"
                renderCell={(v) => <td className={`px-2 py-2 text-center tabular-nums ${v && v.available > 0 ? '' : 'text-stone-500'}`}>{v ? v.available : '—'}</td>}
              />
              <p className="mt-2 text-xs text-stone-500">{t('gridHint')}</p>
            </Card>
          )}
          {!canOrder && can(actor.role, 'orders.place') && <p className="text-sm text-amber-900">{ctx.customer ? to('grid.noPrice') : to('grid.servingRequired')}</p>}
        </div>
      </div>
    </>
  );
}
