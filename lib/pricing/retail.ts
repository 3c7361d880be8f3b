import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { shopProducts, shops } from '@/db/schema';

/**
 * A shop's consumer price — the one rule: the price its owner set, or else its purchase cost plus its
 * markup (10000 bps = cost × 2), rounded to the cent. The POS, the shop's price list and (later) its
 * public catalog all read it from here.
 */
export function retailPriceCents(costCents: number, priceCents: number | null, markupBps: number): number {
  return priceCents ?? Math.round((costCents * (10_000 + markupBps)) / 10_000);
}

/** The same rule inside a query joined to `shop_products` and `shops`. */
export const retailPriceSql = sql<number>`coalesce(${shopProducts.priceCents}, round(${shopProducts.costCents} * (10000 + ${shops.markupBps}) / 10000.0))::bigint`.mapWith(Number);

export type RetailPrice = { priceCents: number; costCents: number; custom: boolean };

/** The consumer prices of products a shop sells (products it does not sell are absent). */
export async function shopRetailPrices(db: DbExecutor, shopId: string, productIds: readonly string[]): Promise<Map<string, RetailPrice>> {
  if (!productIds.length) return new Map();
  const rows = await db
    .select({ productId: shopProducts.productId, costCents: shopProducts.costCents, priceCents: shopProducts.priceCents, markupBps: shops.markupBps })
    .from(shopProducts)
    .innerJoin(shops, eq(shops.id, shopProducts.shopId))
    .where(and(eq(shopProducts.shopId, shopId), inArray(shopProducts.productId, [...productIds])));
  return new Map(rows.map((r) => [r.productId, { priceCents: retailPriceCents(r.costCents, r.priceCents, r.markupBps), costCents: r.costCents, custom: r.priceCents !== null }]));
}
