import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { productImages, productPacks, products, productVariants, stockLevels } from '@/db/schema';
import { levelsAtChannel } from '@/lib/stock/queries';
import { assertCan } from '@/lib/auth/guard';
import { buyingContext, type BuyingContext } from '@/lib/pricing/buyer';
import { pricingFor, type PriceExplanation } from '@/lib/pricing/customer-pricing';
import { listPrices } from '@/lib/pricing/price-for';
import { audienceOf, visibleTo, type Audience } from './restrictions';
import type { Actor } from '@/lib/server/context';
import { NotFoundError } from '@/lib/server/errors';
import { isUuid } from '@/lib/server/ids';

export type StorefrontContext = BuyingContext & {
  pricing: PriceExplanation | null;
  audience: Audience | null;
};

/** The storefront's buyer (buyingContext: whose prices, from which origin), its price list and what it may see. */
export async function storefrontContext(db: DbExecutor, actor: Actor): Promise<StorefrontContext> {
  assertCan(actor, 'storefront.browse');
  const buying = await buyingContext(db, actor);
  const { customer, channel } = buying;
  const [pricing, audience] = customer ? await Promise.all([pricingFor(db, customer.id, channel?.id ?? null), audienceOf(db, customer.id)]) : [null, null];
  return { ...buying, pricing, audience };
}

/** A product page: variants with the stock available at the chosen channel, packs, and the customer's price. */
export async function getStorefrontProduct(db: DbExecutor, ctx: StorefrontContext, id: string) {
  if (!isUuid(id)) throw new NotFoundError();
  const [product] = await db.select().from(products).where(and(eq(products.id, id), eq(products.active, true), visibleTo(ctx.audience)));
  if (!product) throw new NotFoundError();
  const channelId = ctx.channel?.id ?? null;
  const [variants, packs, prices, images] = await Promise.all([
    db
      .select({
        id: productVariants.id,
        colorName: productVariants.colorName,
        colorHex: productVariants.colorHex,
        size: productVariants.size,
        sku: productVariants.sku,
        available: channelId ? sql<number>`coalesce(${stockLevels.onHand} - ${stockLevels.reserved}, 0)::int` : sql<number>`0`,
      })
      .from(productVariants)
      .leftJoin(stockLevels, channelId ? and(eq(stockLevels.variantId, productVariants.id), levelsAtChannel(channelId)) : sql`false`)
      .where(eq(productVariants.productId, id))
      .orderBy(asc(productVariants.position)),
    db.select().from(productPacks).where(eq(productPacks.productId, id)),
    listPrices(db, ctx.pricing?.listId ?? null, [id]),
    db.select({ id: productImages.id }).from(productImages).where(eq(productImages.productId, id)).orderBy(asc(productImages.position)),
  ]);
  return { product, variants, packs, price: prices.get(id) ?? null, images };
}
