import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { orders, productVariants, products, purchaseRequestLines, purchaseRequests, stockLevels, stockLocations, suppliers } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import type { Actor } from '@/lib/server/context';
import { isUuid } from '@/lib/server/ids';
import type { CurrentShop } from './current';
import { shopRecordScope } from './scope';

/* Suppliers and purchase requests as the owner's pages read them. */

export async function shopSuppliers(db: DbExecutor, actor: Actor, shop: CurrentShop) {
  assertCan(actor, 'shop.stock');
  return db.select().from(suppliers).where(and(eq(suppliers.shopId, shop.id), shopRecordScope(actor, suppliers.shopId))).orderBy(asc(suppliers.name));
}

/** The shop's purchase requests, open first, then newest. */
export async function purchaseRequestList(db: DbExecutor, actor: Actor, shop: CurrentShop) {
  assertCan(actor, 'shop.purchases');
  return db
    .select({
      id: purchaseRequests.id,
      number: purchaseRequests.number,
      status: purchaseRequests.status,
      createdAt: purchaseRequests.createdAt,
      sentAt: purchaseRequests.sentAt,
      supplier: suppliers.name,
      lines: sql<number>`(select count(*)::int from ${purchaseRequestLines} where ${purchaseRequestLines.requestId} = ${purchaseRequests.id})`,
      pieces: sql<number>`(select coalesce(sum(${purchaseRequestLines.quantity}), 0)::int from ${purchaseRequestLines} where ${purchaseRequestLines.requestId} = ${purchaseRequests.id})`,
    })
    .from(purchaseRequests)
    .leftJoin(suppliers, eq(suppliers.id, purchaseRequests.supplierId))
    .where(and(eq(purchaseRequests.shopId, shop.id), shopRecordScope(actor, purchaseRequests.shopId)))
    .orderBy(sql`${purchaseRequests.status} = 'open' DESC`, desc(purchaseRequests.number))
    .limit(100);
}

/** How many requests wait for the owner (its home says so). */
export async function openPurchaseCount(db: DbExecutor, actor: Actor, shop: CurrentShop): Promise<number> {
  assertCan(actor, 'shop.purchases');
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(purchaseRequests).where(and(eq(purchaseRequests.shopId, shop.id), eq(purchaseRequests.status, 'open'), shopRecordScope(actor, purchaseRequests.shopId)));
  return row?.n ?? 0;
}

/** One request of a shop in the actor's scope: supplier, lines with the stock and minimum behind them, the B2B order it became. Null when out of scope. */
export async function purchaseRequestDetail(db: DbExecutor, actor: Actor, id: string) {
  assertCan(actor, 'shop.purchases');
  if (!isUuid(id)) return null;
  const [request] = await db
    .select({ request: purchaseRequests, supplier: suppliers, orderNumber: orders.number })
    .from(purchaseRequests)
    .leftJoin(suppliers, eq(suppliers.id, purchaseRequests.supplierId))
    .leftJoin(orders, eq(orders.id, purchaseRequests.orderId))
    .where(and(eq(purchaseRequests.id, id), shopRecordScope(actor, purchaseRequests.shopId)));
  if (!request) return null;
  const lines = await db
    .select({
      variantId: purchaseRequestLines.variantId,
      quantity: purchaseRequestLines.quantity,
      sku: productVariants.sku,
      description: sql<string>`${products.name} || ' — ' || ${productVariants.colorName} || ' ' || ${productVariants.size}`,
      onHand: sql<number>`coalesce((select sum(${stockLevels.onHand}) from ${stockLevels} join ${stockLocations} on ${stockLocations.id} = ${stockLevels.locationId} where ${stockLocations.shopId} = ${request.request.shopId} and ${stockLevels.variantId} = ${productVariants.id}), 0)::int`,
      minimum: sql<number>`coalesce((select max(${stockLevels.minimum}) from ${stockLevels} join ${stockLocations} on ${stockLocations.id} = ${stockLevels.locationId} where ${stockLocations.shopId} = ${request.request.shopId} and ${stockLevels.variantId} = ${productVariants.id}), 0)::int`,
    })
    .from(purchaseRequestLines)
    .innerJoin(productVariants, eq(productVariants.id, purchaseRequestLines.variantId))
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(eq(purchaseRequestLines.requestId, id))
    .orderBy(asc(productVariants.sku));
  return { ...request, lines };
}
export type PurchaseRequestDetail = NonNullable<Awaited<ReturnType<typeof purchaseRequestDetail>>>;

/** A received or sent request of the shop a bill is being added for (its number and supplier prefill the form); null otherwise. */
export async function purchaseForBill(db: DbExecutor, actor: Actor, shop: CurrentShop, id: unknown) {
  assertCan(actor, 'shop.bills');
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({ id: purchaseRequests.id, number: purchaseRequests.number, supplierId: purchaseRequests.supplierId })
    .from(purchaseRequests)
    .where(and(eq(purchaseRequests.id, id), eq(purchaseRequests.shopId, shop.id), shopRecordScope(actor, purchaseRequests.shopId)));
  return row ?? null;
}
