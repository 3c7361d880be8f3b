import 'server-only';
import { desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { channels, orders, productVariants, returns, stockLedger, stockLocations, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import type { Actor } from '@/lib/server/context';
import { isUuid } from '@/lib/server/ids';

export const STOCK_MOVEMENT_PAGE_SIZE = 20;

/**
 * A product's stock ledger, newest first: every receipt, adjustment, reservation, release, shipment
 * and restocked return, with its channel, variant, who, why, and the order or return behind it.
 */
export async function listStockMovements(db: DbExecutor, actor: Actor, productId: string, page: number) {
  assertCan(actor, 'catalog.manage');
  if (!isUuid(productId)) return { rows: [], total: 0, page: 1, pageSize: STOCK_MOVEMENT_PAGE_SIZE };
  const where = eq(productVariants.productId, productId);
  // The page's movements: the newest of each variant read from its index, merged (a product's ledger
  // is thousands of rows; reading all of them to sort took 90 ms on the large data).
  const offset = (page - 1) * STOCK_MOVEMENT_PAGE_SIZE;
  const ids = (
    await db.execute<{ id: string }>(sql`
      SELECT l.id FROM ${productVariants} v
      CROSS JOIN LATERAL (SELECT id, at FROM ${stockLedger} WHERE ${stockLedger.variantId} = v.id ORDER BY at DESC, id DESC LIMIT ${offset + STOCK_MOVEMENT_PAGE_SIZE}) l
      WHERE v.product_id = ${productId} ORDER BY l.at DESC, l.id DESC LIMIT ${STOCK_MOVEMENT_PAGE_SIZE} OFFSET ${offset}`)
  ).map((r) => Number(r.id));
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: stockLedger.id,
        at: stockLedger.at,
        kind: stockLedger.kind,
        quantity: stockLedger.quantity,
        reason: stockLedger.reason,
        channelCode: channels.code,
        colorName: productVariants.colorName,
        size: productVariants.size,
        sku: productVariants.sku,
        actorName: users.name,
        orderId: orders.id,
        orderNumber: orders.number,
        returnId: returns.id,
        returnNumber: returns.number,
      })
      .from(stockLedger)
      .innerJoin(productVariants, eq(productVariants.id, stockLedger.variantId))
      .innerJoin(stockLocations, eq(stockLocations.id, stockLedger.locationId))
      .innerJoin(channels, eq(channels.id, stockLocations.channelId))
      .leftJoin(users, eq(users.id, stockLedger.actorId))
      .leftJoin(orders, eq(orders.id, stockLedger.orderId))
      .leftJoin(returns, eq(returns.id, stockLedger.returnId))
      .where(inArray(stockLedger.id, ids.length ? ids : [0]))
      .orderBy(desc(stockLedger.at), desc(stockLedger.id)),
    db.select({ total: sql<number>`count(*)::int` }).from(stockLedger).innerJoin(productVariants, eq(productVariants.id, stockLedger.variantId)).where(where),
  ]);
  return { rows, total: count?.total ?? 0, page, pageSize: STOCK_MOVEMENT_PAGE_SIZE };
}
