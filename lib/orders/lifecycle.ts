import { eq } from 'drizzle-orm';
import { customers, orderLines, orders, products, productVariants } from '@/db/schema';
import { enqueueEmail } from '@/lib/email/outbox';
import { routes } from '@/lib/routes';
import type { UseCaseContext } from '@/lib/server/context';
import { DomainError } from '@/lib/server/errors';
import { exceedsCredit, openOrdersCents } from './credit';
import { customerRecipients, eventKey, recipientLink } from './recipients';
import { channelLocationId, consume, release, reserve, StockShortError, type StockLine } from '@/lib/stock';
import { moveRecord } from '@/lib/state-machine';
import { orderMachine, RESERVING_STATUSES, type OrderAction, type OrderStatus } from './transitions';

type Order = typeof orders.$inferSelect;
type Changes = Partial<Omit<typeof orders.$inferInsert, 'id' | 'status'>> & { note?: string | null };

/**
 * Moves a locked order along one transition of the table in transitions.ts: refuses a move its
 * state does not allow, writes the new state, audits it (the order's timeline reads these rows)
 * and emails the shop and its representative through the outbox, all in the caller's transaction.
 */
export async function transition(ctx: UseCaseContext, order: Order, action: OrderAction, changes: Changes = {}): Promise<Order> {
  const { note, ...columns } = changes;
  const { row: updated, to } = await moveRecord(ctx.db, orderMachine, orders, order, action, columns);
  ctx.audit({
    action: `orders.${action}`,
    entity: 'order',
    entityId: order.id,
    before: { status: order.status },
    after: { status: to, ...(note ? { note } : {}), ...(columns.trackingCode ? { trackingCode: columns.trackingCode } : {}), ...(columns.invoiceNumber ? { invoiceNumber: columns.invoiceNumber } : {}), ...(columns.holdReason ? { holdReason: columns.holdReason } : {}) },
  });
  await notifyOrder(ctx, updated, to, note ?? null);
  return updated;
}

async function notifyOrder(ctx: UseCaseContext, order: Order, status: OrderStatus, note: string | null) {
  const [customer] = await ctx.db.select({ name: customers.name }).from(customers).where(eq(customers.id, order.customerId));
  for (const r of await customerRecipients(ctx.db, order.customerId, true)) {
    await enqueueEmail(ctx.db, {
      template: 'order-status',
      to: r.email,
      locale: r.locale,
      idempotencyKey: eventKey('order', order.id, status, r.email),
      meta: { orderId: order.id, status },
      data: { name: r.name, number: order.number, customer: customer?.name ?? '', status, totalCents: order.totalCents, note, trackingCode: order.trackingCode, url: recipientLink(ctx.requestOrigin, r, (area) => routes.orders.detail(area, order.id)) },
    });
  }
}

/** The order's stock movement: its channel's location, its lines, and the order as the source. */
async function stockMove(ctx: UseCaseContext, order: Order) {
  return { locationId: await channelLocationId(ctx.db, order.channelId), lines: await stockLines(ctx, order.id), source: { actorId: ctx.actor.userId, orderId: order.id } };
}

/** The order's lines for stock movements, each with a label ("Vestido Midi — Azul M") for messages. */
export async function stockLines(ctx: UseCaseContext, orderId: string): Promise<StockLine[]> {
  const rows = await ctx.db
    .select({ variantId: orderLines.variantId, quantity: orderLines.quantity, product: products.name, color: productVariants.colorName, size: productVariants.size })
    .from(orderLines)
    .innerJoin(productVariants, eq(productVariants.id, orderLines.variantId))
    .innerJoin(products, eq(products.id, orderLines.productId))
    .where(eq(orderLines.orderId, orderId));
  return rows.map((r) => ({ variantId: r.variantId, quantity: r.quantity, label: `${r.product} — ${r.color} ${r.size}` }));
}

/**
 * Approval: reserves the stock of every line at the order's channel (all or none), then the
 * financial check: a blocked customer, or open orders beyond the credit limit, sends the order to
 * finance ("em análise financeira") with its stock still reserved; otherwise it is approved.
 * Locks: order (by the caller), then customer, then stock rows in variant order.
 */
export async function approve(ctx: UseCaseContext, order: Order): Promise<Order> {
  orderMachine.guard(order.status, 'approve');
  const [customer] = await ctx.db.select({ status: customers.status, creditLimitCents: customers.creditLimitCents }).from(customers).where(eq(customers.id, order.customerId)).for('update');
  const open = await openOrdersCents(ctx.db, order.customerId, order.id);
  try {
    await reserve(ctx.db, await stockMove(ctx, order));
  } catch (err) {
    if (err instanceof StockShortError) throw new DomainError('orders.errors.stockShort', undefined, { lines: err.lines.join('; ') });
    throw err;
  }
  const holdReason = customer?.status === 'blocked' ? 'blocked' : exceedsCredit(open, order.totalCents, customer?.creditLimitCents ?? 0) ? 'credit' : null;
  const stamp = { approvedById: ctx.actor.userId, approvedAt: new Date() };
  if (holdReason) return transition(ctx, order, 'hold', { ...stamp, holdReason });
  return transition(ctx, order, 'approve', stamp);
}

/** Cancelling (finance) or withdrawing (the shop): a reserved order gives its stock back. */
export async function cancel(ctx: UseCaseContext, order: Order, action: 'cancel' | 'withdraw', reason: string): Promise<Order> {
  orderMachine.guard(order.status, action);
  if (RESERVING_STATUSES.includes(order.status)) {
    await release(ctx.db, await stockMove(ctx, order));
  }
  return transition(ctx, order, action, { cancelReason: reason, cancelledAt: new Date(), note: reason });
}

export async function ship(ctx: UseCaseContext, order: Order, trackingCode: string): Promise<Order> {
  orderMachine.guard(order.status, 'ship');
  await consume(ctx.db, { ...(await stockMove(ctx, order)), kind: 'shipment', fromReserved: true });
  return transition(ctx, order, 'ship', { trackingCode, shippedAt: new Date() });
}
