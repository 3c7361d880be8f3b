import { and, eq, inArray, sql, type Column, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { priceListItems } from '@/db/schema';
import { pricingFor, type PriceExplanation } from './customer-pricing';

/**
 * The one place that reads a price from a list. A buyer's price for a product is the item of the
 * list its pricing resolves to (customer-pricing.ts) for the origin it buys from.
 */

export type Buyer = { customerId: string; channelId: string | null };
export type ListPrice = { priceCents: number; overridden: boolean };

/** Prices of `productIds` in one list (products the list does not price are absent). */
export async function listPrices(db: DbExecutor, listId: string | null, productIds: readonly string[]): Promise<Map<string, ListPrice>> {
  if (!listId || !productIds.length) return new Map();
  const rows = await db
    .select({ productId: priceListItems.productId, priceCents: priceListItems.priceCents, overridden: priceListItems.overridden })
    .from(priceListItems)
    .where(and(eq(priceListItems.priceListId, listId), inArray(priceListItems.productId, [...productIds])));
  return new Map(rows.map((r) => [r.productId, { priceCents: r.priceCents, overridden: r.overridden }]));
}

/** A buyer's prices for products from its origin, with the explanation of the rule that chose the list. */
export async function priceFor(db: DbExecutor, buyer: Buyer, productIds: readonly string[]): Promise<{ pricing: PriceExplanation | null; prices: Map<string, ListPrice> }> {
  const pricing = await pricingFor(db, buyer.customerId, buyer.channelId);
  return { pricing, prices: await listPrices(db, pricing?.listId ?? null, productIds) };
}

/** The same read inside a larger statement: the product's price in the list, or NULL (one index probe per row). */
export function listPriceSql(listId: string | null, productId: Column | SQL): SQL<number | null> {
  if (!listId) return sql<number | null>`NULL::bigint`;
  return sql<number | null>`(SELECT ${priceListItems.priceCents} FROM ${priceListItems} WHERE ${priceListItems.priceListId} = ${listId} AND ${priceListItems.productId} = ${productId})`;
}
