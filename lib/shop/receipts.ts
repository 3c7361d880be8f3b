import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { orderLines, orders, shopProducts, shops } from '@/db/schema';
import { netUnitCents } from '@/lib/orders/conditions';
import { createShopLocation, receive, shopLocationIds } from '@/lib/stock';

/** The location goods arriving at a shop go to: its first, created ("Loja") if it has none yet. */
export async function receivingLocation(db: DbExecutor, shopId: string): Promise<string> {
  return (await shopLocationIds(db, shopId))[0] ?? (await createShopLocation(db, shopId, 'Loja'));
}

/**
 * A delivered B2B order enters its shop's stock — once: the order is claimed by a conditional UPDATE
 * on `shop_stock_at`, so a repeated delivery, a retried job or two requests at once receive it a
 * single time. The goods go to the order's shop (or the customer's first shop; a customer without a
 * shop on Venda has no stock to receive into), and each product joins the shop's assortment at what
 * the shop paid for it (the line's price after the order's discount), which its retail price follows.
 */
export async function receiveDeliveredOrder(db: DbExecutor, orderId: string, actorId: string | null): Promise<{ shopId: string; units: number } | null> {
  const [order] = await db
    .update(orders)
    .set({ shopStockAt: new Date() })
    .where(and(eq(orders.id, orderId), eq(orders.status, 'delivered'), isNull(orders.shopStockAt)))
    .returning({ id: orders.id, customerId: orders.customerId, shopId: orders.shopId, discountBps: orders.discountBps });
  if (!order) return null;
  const shopId =
    order.shopId ??
    (await db.select({ id: shops.id }).from(shops).where(eq(shops.customerId, order.customerId)).orderBy(asc(shops.createdAt), asc(shops.name), asc(shops.id)).limit(1))[0]?.id;
  if (!shopId) return null;
  const lines = await db.select().from(orderLines).where(eq(orderLines.orderId, order.id));
  if (!lines.length) return { shopId, units: 0 };
  await receive(db, {
    locationId: await receivingLocation(db, shopId),
    lines: lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })),
    source: { actorId, orderId: order.id },
  });
  const costs = new Map(lines.map((l) => [l.productId, netUnitCents(l.unitPriceCents, order.discountBps)]));
  await db
    .insert(shopProducts)
    .values([...costs].map(([productId, costCents]) => ({ shopId, productId, costCents })))
    .onConflictDoUpdate({ target: [shopProducts.shopId, shopProducts.productId], set: { costCents: sql`excluded.cost_cents`, updatedAt: new Date() } });
  return { shopId, units: lines.reduce((s, l) => s + l.quantity, 0) };
}
