import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbExecutor } from '@/db/client';
import { auditLog, channels, creditNotes, customers, orderLines, orders, products, productVariants, returnLines, returnPhotos, returns, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import { orderScope } from '@/lib/orders/scope';
import type { Actor } from '@/lib/server/context';
import { NotFoundError } from '@/lib/server/errors';
import { isUuid } from '@/lib/server/ids';
import { returnedByLine } from './use-cases';
import { returnScope } from './scope';
import { RETURN_STATUSES } from './transitions';

export const RETURN_PAGE_SIZE = 25;
export const returnFilterSchema = z.object({
  status: z.enum(RETURN_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10000).catch(1),
});
export type ReturnFilter = z.infer<typeof returnFilterSchema>;

export async function listReturns(db: DbExecutor, actor: Actor, f: ReturnFilter) {
  assertCan(actor, 'returns.read');
  const where = and(returnScope(actor), f.status ? eq(returns.status, f.status) : undefined);
  const [rows, [{ total } = { total: 0 }]] = await Promise.all([
    db
      .select({
        id: returns.id,
        number: returns.number,
        status: returns.status,
        reason: returns.reason,
        createdAt: returns.createdAt,
        orderNumber: orders.number,
        customerName: customers.name,
        pieces: sql<number>`(SELECT coalesce(sum(${returnLines.quantity}), 0)::int FROM ${returnLines} WHERE ${returnLines.returnId} = ${sql.raw('"returns"."id"')})`,
      })
      .from(returns)
      .innerJoin(orders, eq(orders.id, returns.orderId))
      .innerJoin(customers, eq(customers.id, returns.customerId))
      .where(where)
      .orderBy(desc(returns.createdAt))
      .limit(RETURN_PAGE_SIZE)
      .offset((f.page - 1) * RETURN_PAGE_SIZE),
    db.select({ total: sql<number>`count(*)::int` }).from(returns).where(where),
  ]);
  return { rows, total, page: f.page, pageSize: RETURN_PAGE_SIZE };
}

export async function getReturn(db: DbExecutor, actor: Actor, id: string) {
  assertCan(actor, 'returns.read');
  if (!isUuid(id)) throw new NotFoundError();
  const [row] = await db
    .select({
      ret: returns,
      orderNumber: orders.number,
      customerName: customers.name,
      channel: { code: channels.code, name: channels.name },
      creditNote: { id: creditNotes.id, number: creditNotes.number, amountCents: creditNotes.amountCents, status: creditNotes.status },
    })
    .from(returns)
    .innerJoin(orders, eq(orders.id, returns.orderId))
    .innerJoin(customers, eq(customers.id, returns.customerId))
    .innerJoin(channels, eq(channels.id, returns.channelId))
    .leftJoin(creditNotes, eq(creditNotes.returnId, returns.id))
    .where(and(eq(returns.id, id), returnScope(actor)));
  if (!row) throw new NotFoundError();
  const [lines, photos, timeline] = await Promise.all([
    db
      .select({
        id: returnLines.id,
        quantity: returnLines.quantity,
        reason: returnLines.reason,
        unitCreditCents: returnLines.unitCreditCents,
        creditCents: returnLines.creditCents,
        outcome: returnLines.outcome,
        inspectionNote: returnLines.inspectionNote,
        destination: returnLines.destination,
        productName: products.name,
        reference: products.reference,
        colorName: productVariants.colorName,
        size: productVariants.size,
        sku: productVariants.sku,
      })
      .from(returnLines)
      .innerJoin(productVariants, eq(productVariants.id, returnLines.variantId))
      .innerJoin(products, eq(products.id, productVariants.productId))
      .where(eq(returnLines.returnId, id))
      .orderBy(asc(products.name), asc(productVariants.position)),
    db.select({ id: returnPhotos.id }).from(returnPhotos).where(eq(returnPhotos.returnId, id)).orderBy(asc(returnPhotos.createdAt)),
    db
      .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, actorName: users.name, after: auditLog.after })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(eq(auditLog.entity, 'return'), eq(auditLog.entityId, id)))
      .orderBy(desc(auditLog.at), desc(auditLog.id)),
  ]);
  return { ...row, lines, photos, timeline };
}
export type ReturnDetail = Awaited<ReturnType<typeof getReturn>>;

/** For the new-return form: each line of a delivered order with what can still be returned. */
export async function returnableLines(db: DbExecutor, actor: Actor, orderId: string) {
  assertCan(actor, 'returns.open');
  if (!isUuid(orderId)) throw new NotFoundError();
  const [order] = await db.select({ id: orders.id, number: orders.number, status: orders.status }).from(orders).where(and(eq(orders.id, orderId), orderScope(actor)));
  if (!order) throw new NotFoundError();
  const [lines, returned] = await Promise.all([
    db
      .select({ id: orderLines.id, quantity: orderLines.quantity, productName: products.name, colorName: productVariants.colorName, size: productVariants.size, sku: productVariants.sku })
      .from(orderLines)
      .innerJoin(products, eq(products.id, orderLines.productId))
      .innerJoin(productVariants, eq(productVariants.id, orderLines.variantId))
      .where(eq(orderLines.orderId, orderId))
      .orderBy(asc(products.name), asc(productVariants.position)),
    returnedByLine(db, orderId),
  ]);
  return { order, lines: lines.map((l) => ({ ...l, left: l.quantity - (returned.get(l.id) ?? 0) })) };
}

/**
 * For the new-return page without an order: the actor's delivered orders that still have units
 * left to return (delivered minus those in returns that were not refused), newest first.
 */
export async function returnableOrders(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'returns.open');
  const returned = sql<number>`coalesce((SELECT sum(${returnLines.quantity}) FROM ${returnLines} INNER JOIN ${returns} ON ${returns.id} = ${returnLines.returnId} WHERE ${returnLines.orderLineId} = ${orderLines.id} AND ${returns.status} <> 'refused'), 0)`;
  const left = sql<number>`sum(${orderLines.quantity} - ${returned})::int`;
  return db
    .select({ id: orders.id, number: orders.number, deliveredAt: orders.deliveredAt, pieces: sql<number>`sum(${orderLines.quantity})::int`, left })
    .from(orders)
    .innerJoin(orderLines, eq(orderLines.orderId, orders.id))
    .where(and(eq(orders.status, 'delivered'), orderScope(actor)))
    .groupBy(orders.id)
    .having(sql`${left} > 0`)
    .orderBy(desc(orders.number))
    .limit(200);
}
export type ReturnableOrder = Awaited<ReturnType<typeof returnableOrders>>[number];

/** A return photo's file, if the actor may see the return. */
export async function returnPhotoFor(db: DbExecutor, actor: Actor, photoId: string) {
  assertCan(actor, 'returns.read');
  if (!isUuid(photoId)) return null;
  const [row] = await db
    .select({ storageKey: returnPhotos.storageKey, contentType: returnPhotos.contentType })
    .from(returnPhotos)
    .innerJoin(returns, eq(returns.id, returnPhotos.returnId))
    .where(and(eq(returnPhotos.id, photoId), returnScope(actor)));
  return row ?? null;
}
