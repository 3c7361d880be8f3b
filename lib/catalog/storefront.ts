import 'server-only';
import { and, asc, eq, gte, ilike, lte, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { DbExecutor } from '@/db/client';
import { coverImageId } from './cover-image';
import { productImages, productPacks, products, productVariants, stockLevels } from '@/db/schema';
import { levelsAtChannel } from '@/lib/stock/queries';
import { assertCan } from '@/lib/auth/guard';
import { buyingContext, type BuyingContext } from '@/lib/pricing/buyer';
import { pricingFor, type PriceExplanation } from '@/lib/pricing/customer-pricing';
import { listPriceSql, listPrices } from '@/lib/pricing/price-for';
import { audienceOf, visibleTo, type Audience } from './restrictions';
import type { Actor } from '@/lib/server/context';
import { NotFoundError } from '@/lib/server/errors';
import { isUuid } from '@/lib/server/ids';
import { parseMoneyCents } from '@/lib/money';
import { containsPattern } from '@/lib/server/search';
import { sortSizes } from './size-order';

const priceBound = z
  .string()
  .optional()
  .transform((v) => (v ? (parseMoneyCents(v.trim()) ?? undefined) : undefined))
  .catch(undefined);

export const storefrontFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  collection: z.string().trim().max(80).optional().catch(undefined),
  category: z.string().trim().max(80).optional().catch(undefined),
  size: z.string().trim().max(10).optional().catch(undefined),
  // Empty boxes mean "no bound"; amounts are typed either way ("128,90" or "128.90").
  min: priceBound,
  max: priceBound,
});
/** The storefront's filters; `min` and `max` are prices in cents. */
export type StorefrontFilter = Partial<z.output<typeof storefrontFilterSchema>>;

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

/** The storefront grid: active products with the customer's price, colors, sizes and stock, in one query whatever the catalog size. */
export async function listStorefront(db: DbExecutor, ctx: StorefrontContext, f: StorefrontFilter, limit = 500) {
  const listId = ctx.pricing?.listId ?? null;
  const channelId = ctx.channel?.id ?? null;
  // Aggregates computed once per query (hash joins), not once per product row.
  const colors = db
    .select({ productId: productVariants.productId, colors: sql<{ name: string; hex: string }[]>`json_agg(distinct jsonb_build_object('name', ${productVariants.colorName}, 'hex', ${productVariants.colorHex}))`.as('colors') })
    .from(productVariants)
    .groupBy(productVariants.productId)
    .as('colors_agg');
  const sizeRows = db
    .select({ productId: productVariants.productId, size: productVariants.size, pos: sql<number>`min(${productVariants.position})`.as('pos') })
    .from(productVariants)
    .groupBy(productVariants.productId, productVariants.size)
    .as('size_rows');
  const sizes = db
    .select({ productId: sizeRows.productId, sizes: sql<string[]>`array_agg(${sizeRows.size} order by ${sizeRows.pos})`.as('sizes') })
    .from(sizeRows)
    .groupBy(sizeRows.productId)
    .as('sizes_agg');
  const stock = db
    .select({ productId: productVariants.productId, available: sql<number>`sum(${stockLevels.onHand} - ${stockLevels.reserved})::int`.as('available') })
    .from(stockLevels)
    .innerJoin(productVariants, eq(productVariants.id, stockLevels.variantId))
    .where(channelId ? levelsAtChannel(channelId) : sql`false`)
    .groupBy(productVariants.productId)
    .as('stock_agg');

  const price = listPriceSql(listId, products.id);
  const conditions: (SQL | undefined)[] = [
    eq(products.active, true),
    visibleTo(ctx.audience),
    f.q ? or(ilike(products.name, containsPattern(f.q)), ilike(products.reference, containsPattern(f.q))) : undefined,
    f.collection ? eq(products.collection, f.collection) : undefined,
    f.category ? eq(products.category, f.category) : undefined,
    f.size ? sql`${f.size} = ANY(${sizes.sizes})` : undefined,
    listId && f.min !== undefined ? gte(price, f.min) : undefined,
    listId && f.max !== undefined ? lte(price, f.max) : undefined,
  ];
  return db
    .select({
      id: products.id,
      reference: products.reference,
      name: products.name,
      collection: products.collection,
      category: products.category,
      priceCents: listId ? sql<number | null>`${price}`.mapWith(Number) : sql<number | null>`null`,
      colors: sql<{ name: string; hex: string }[]>`coalesce(${colors.colors}, '[]'::json)`,
      sizes: sql<string[]>`coalesce(${sizes.sizes}, '{}'::text[])`,
      available: sql<number>`coalesce(${stock.available}, 0)::int`,
      imageId: coverImageId(),
    })
    .from(products)
    .leftJoin(colors, eq(colors.productId, products.id))
    .leftJoin(sizes, eq(sizes.productId, products.id))
    .leftJoin(stock, eq(stock.productId, products.id))
    .where(and(...conditions))
    .orderBy(asc(products.name))
    .limit(limit);
}

export async function storefrontFacets(db: DbExecutor) {
  const [collections, categories, sizes] = await Promise.all([
    db.selectDistinct({ v: products.collection }).from(products).where(eq(products.active, true)).orderBy(products.collection),
    db.selectDistinct({ v: products.category }).from(products).where(eq(products.active, true)).orderBy(products.category),
    db.selectDistinct({ v: productVariants.size }).from(productVariants),
  ]);
  return {
    collections: collections.map((c) => c.v).filter((v): v is string => Boolean(v)),
    categories: categories.map((c) => c.v).filter((v): v is string => Boolean(v)),
    sizes: sortSizes(sizes.map((s) => s.v)),
  };
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
