import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { productVariants, products, purchaseRequestLines, purchaseRequests, shopProducts } from '@/db/schema';
import type { LevelAfter } from '@/lib/stock';

/** What a new line asks for: back up to twice the minimum (at least one piece). */
export function reorderQuantity(level: Pick<LevelAfter, 'onHand' | 'minimum'>): number {
  return Math.max(1, level.minimum * 2 - level.onHand);
}

/**
 * After a sale or an adjustment: every variant at or below its minimum gets a line on its supplier's
 * open purchase request (the brand's for the brand's products), the request opened if there is none;
 * the shop's own products without a supplier, or deactivated, are left out.
 * Both steps are conditional inserts on unique indexes (one open request per supplier, one line per
 * variant), so concurrent sales reaching the minimum open one request with one line — a line already
 * there keeps the quantity the owner may have edited. Returns the requests touched.
 */
export async function openPurchaseLines(db: DbExecutor, shopId: string, levels: readonly LevelAfter[]): Promise<string[]> {
  const low = levels.filter((l) => l.minimum > 0 && l.onHand <= l.minimum);
  if (!low.length) return [];
  const suppliers = await db
    .select({ variantId: productVariants.id, supplierId: shopProducts.supplierId, own: sql<boolean>`${products.shopId} IS NOT NULL`, active: products.active })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .leftJoin(shopProducts, and(eq(shopProducts.productId, productVariants.productId), eq(shopProducts.shopId, shopId)))
    .where(inArray(productVariants.id, low.map((l) => l.variantId)));
  const supplierOf = new Map(suppliers.map((s) => [s.variantId, s.supplierId ?? null]));
  // The shop's own products come from their supplier; without one (or once it stopped selling them) there is no one to ask (the stock page still flags them).
  const orphan = new Set(suppliers.filter((s) => s.own && (!s.supplierId || !s.active)).map((s) => s.variantId));
  const touched = new Set<string>();
  for (const supplierId of new Set(low.filter((l) => !orphan.has(l.variantId)).map((l) => supplierOf.get(l.variantId) ?? null))) {
    await db.execute(sql`
      INSERT INTO ${purchaseRequests} (shop_id, supplier_id) VALUES (${shopId}, ${supplierId})
      ON CONFLICT (shop_id, coalesce(supplier_id, '00000000-0000-0000-0000-000000000000'::uuid)) WHERE status = 'open' DO NOTHING`);
    const [request] = await db
      .select({ id: purchaseRequests.id })
      .from(purchaseRequests)
      .where(and(eq(purchaseRequests.shopId, shopId), supplierId ? eq(purchaseRequests.supplierId, supplierId) : sql`${purchaseRequests.supplierId} IS NULL`, eq(purchaseRequests.status, 'open')));
    const lines = low.filter((l) => !orphan.has(l.variantId) && (supplierOf.get(l.variantId) ?? null) === supplierId);
    await db
      .insert(purchaseRequestLines)
      .values(lines.map((l) => ({ requestId: request!.id, variantId: l.variantId, quantity: reorderQuantity(l) })))
      .onConflictDoNothing();
    touched.add(request!.id);
  }
  return [...touched];
}
