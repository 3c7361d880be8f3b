import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { channels, orders, productVariants, returns, stockLedger, stockLocations, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import type { Actor } from '@/lib/server/context';
import { isUuid } from '@/lib/server/ids';

export const STOCK_MOVEMENT_PAGE_SIZE = 30;

/**
 * A product's stock ledger, newest first: every receipt, adjustment, reservation, release, shipment
 * and restocked return, with its channel, variant, who, why, and the order or return behind it.
 */
export async function listStockMovements(db: DbExecutor, actor: Actor, productId: string, page: number) {
  assertCan(actor, 'catalog.manage');
  if (!isUuid(productId)) return { rows: [], total: 0, page: 1, pageSize: STOCK_MOVEMENT_PAGE_SIZE };
  const where = eq(productVariants.productId, productId);
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
      .where(where)
      .orderBy(desc(stockLedger.at), desc(stockLedger.id))
      .limit(STOCK_MOVEMENT_PAGE_SIZE)
      .offset((page - 1) * STOCK_MOVEMENT_PAGE_SIZE),
    db.select({ total: sql<number>`count(*)::int` }).from(stockLedger).innerJoin(productVariants, eq(productVariants.id, stockLedger.variantId)).where(where),
  ]);
  return { rows, total: count?.total ?? 0, page, pageSize: STOCK_MOVEMENT_PAGE_SIZE };
}
