import 'server-only';
import { and, asc, eq, gte, ilike, lte, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { DbExecutor } from '@/db/client';
import { channels, customers, priceListItems, productImages, productPacks, products, productVariants, stockLevels, users } from '@/db/schema';
import { levelsAtChannel } from '@/lib/stock/queries';
import { assertCan } from '@/lib/auth/guard';
import { customerScope } from '@/lib/crm/scope';
import { pricingFor, type PriceExplanation } from '@/lib/pricing/customer-pricing';
import { audienceOf, visibleTo, type Audience } from './restrictions';
import type { Actor } from '@/lib/server/context';
import { NotFoundError } from '@/lib/server/errors';
import { isUuid } from '@/lib/server/ids';

export const storefrontFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  collection: z.string().trim().max(80).optional().catch(undefined),
  category: z.string().trim().max(80).optional().catch(undefined),
  size: z.string().trim().max(10).optional().catch(undefined),
  min: z.coerce.number().min(0).optional().catch(undefined),
  max: z.coerce.number().min(0).optional().catch(undefined),
});
export type StorefrontFilter = z.infer<typeof storefrontFilterSchema>;

export type StorefrontContext = {
  customer: { id: string; name: string; uf: string } | null;
  channel: { id: string; code: string; name: string; uf: string } | null;
  channels: { id: string; code: string; name: string; uf: string }[];
  pricing: PriceExplanation | null;
  audience: Audience | null;
};

/**
 * Whose prices the actor sees and from which origin: a shop its own; a representative the
 * portfolio customer it is serving (ignored if outside its portfolio); the remembered channel.
 */
export async function storefrontContext(db: DbExecutor, actor: Actor): Promise<StorefrontContext> {
  assertCan(actor, 'storefront.browse');
  const [prefs] = await db.select({ channelId: users.channelId, servingCustomerId: users.servingCustomerId }).from(users).where(eq(users.id, actor.userId));
  const customerId = actor.role === 'lojista' ? actor.customerId : actor.role === 'representante' ? (prefs?.servingCustomerId ?? null) : null;
  const [allChannels, customerRows] = await Promise.all([
    db.select({ id: channels.id, code: channels.code, name: channels.name, uf: channels.uf }).from(channels).where(eq(channels.active, true)).orderBy(asc(channels.code)),
    customerId
      ? db.select({ id: customers.id, name: customers.name, uf: customers.uf }).from(customers).where(and(eq(customers.id, customerId), customerScope(actor)))
      : Promise.resolve([]),
  ]);
  const channel = allChannels.find((c) => c.id === prefs?.channelId) ?? allChannels[0] ?? null;
  const customer = customerRows[0] ?? null;
  const [pricing, audience] = customer ? await Promise.all([pricingFor(db, customer.id, channel?.id ?? null), audienceOf(db, customer.id)]) : [null, null];
  return { customer, channel, channels: allChannels, pricing, audience };
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

  const conditions: (SQL | undefined)[] = [
    eq(products.active, true),
    visibleTo(ctx.audience),
    f.q ? or(ilike(products.name, `%${f.q}%`), ilike(products.reference, `%${f.q}%`)) : undefined,
    f.collection ? eq(products.collection, f.collection) : undefined,
    f.category ? eq(products.category, f.category) : undefined,
    f.size ? sql`${f.size} = ANY(${sizes.sizes})` : undefined,
    listId && f.min !== undefined ? gte(priceListItems.priceCents, Math.round(f.min * 100)) : undefined,
    listId && f.max !== undefined ? lte(priceListItems.priceCents, Math.round(f.max * 100)) : undefined,
  ];
  return db
    .select({
      id: products.id,
      reference: products.reference,
      name: products.name,
      collection: products.collection,
      category: products.category,
      priceCents: listId ? sql<number | null>`${priceListItems.priceCents}`.mapWith(Number) : sql<number | null>`null`,
      colors: sql<{ name: string; hex: string }[]>`coalesce(${colors.colors}, '[]'::json)`,
      sizes: sql<string[]>`coalesce(${sizes.sizes}, '{}'::text[])`,
      available: sql<number>`coalesce(${stock.available}, 0)::int`,
    })
    .from(products)
    .leftJoin(priceListItems, listId ? and(eq(priceListItems.productId, products.id), eq(priceListItems.priceListId, listId)) : sql`false`)
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
    sizes: sizes.map((s) => s.v),
  };
}

/** A product page: variants with the stock available at the chosen channel, packs, and the customer's price. */
export async function getStorefrontProduct(db: DbExecutor, ctx: StorefrontContext, id: string) {
  if (!isUuid(id)) throw new NotFoundError();
  const [product] = await db.select().from(products).where(and(eq(products.id, id), eq(products.active, true), visibleTo(ctx.audience)));
  if (!product) throw new NotFoundError();
  const channelId = ctx.channel?.id ?? null;
  const [variants, packs, priceRow, images] = await Promise.all([
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
    ctx.pricing?.listId
      ? db.select({ priceCents: priceListItems.priceCents, overridden: priceListItems.overridden }).from(priceListItems).where(and(eq(priceListItems.priceListId, ctx.pricing.listId), eq(priceListItems.productId, id)))
      : Promise.resolve([]),
    db.select({ id: productImages.id }).from(productImages).where(eq(productImages.productId, id)).orderBy(asc(productImages.position)),
  ]);
  return { product, variants, packs, price: priceRow[0] ?? null, images };
}
