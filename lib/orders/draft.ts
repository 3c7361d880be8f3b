import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { orderLines, orders, products, productVariants } from '@/db/schema';
import { assertProductAllowed, audienceOf, visibleTo } from '@/lib/catalog/restrictions';
import { buyingContext } from '@/lib/pricing/buyer';
import { pricingFor } from '@/lib/pricing/customer-pricing';
import { listPriceSql, priceFor } from '@/lib/pricing/price-for';
import type { Actor, UseCaseContext } from '@/lib/server/context';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import { findInScope } from '@/lib/server/find-in-scope';
import { orderTotals } from './conditions';
import { orderScope } from './scope';

/**
 * Whom the actor orders for and from where, from the session alone: a shop for itself; a
 * representative for the portfolio customer it is serving; the origin chosen in the store.
 */
export async function orderingTarget(db: DbExecutor, actor: Actor): Promise<{ customerId: string; channelId: string }> {
  const { customer, channel } = await buyingContext(db, actor);
  if (!customer) throw new DomainError('orders.errors.noCustomer');
  if (!channel) throw new DomainError('orders.errors.noChannel');
  return { customerId: customer.id, channelId: channel.id };
}

/**
 * The draft of (customer, channel), created on first use. The partial unique index keeps it one;
 * looking first keeps an existing draft from spending an order number on a refused insert.
 */
export async function draftFor(ctx: UseCaseContext, target: { customerId: string; channelId: string }) {
  const find = () =>
    ctx.db
      .select()
      .from(orders)
      .where(and(eq(orders.customerId, target.customerId), eq(orders.channelId, target.channelId), eq(orders.status, 'draft')))
      .for('update');
  const [existing] = await find();
  if (existing) return existing;
  await ctx.db
    .insert(orders)
    .values({ ...target, createdById: ctx.actor.userId })
    .onConflictDoNothing();
  const [order] = await find();
  return order!;
}

/** An order in the actor's scope, locked for the rest of the transaction; outside the scope it does not exist. */
export function lockOrder(ctx: UseCaseContext, orderId: string) {
  return findInScope(ctx.db, orders, orderId, orderScope(ctx.actor));
}

/** A draft the actor may edit: in its scope, still a draft, and the actor is one who places orders. */
export async function lockDraft(ctx: UseCaseContext, orderId: string) {
  const order = await lockOrder(ctx, orderId);
  if (order.status !== 'draft') throw new DomainError('orders.errors.notDraft');
  return order;
}

/** The most pieces one line (one color and size) may hold, however many times it is added to. */
export const MAX_LINE_QUANTITY = 99_999;

export type LineInput = { variantId: string; quantity: number };

/**
 * Puts quantities of one product into a draft: `add` sums to what is there, `set` replaces the
 * product's lines (0 removes). The product must be visible to the customer and priced in its list.
 */
export async function applyLines(ctx: UseCaseContext, order: typeof orders.$inferSelect, productId: string, lines: LineInput[], mode: 'add' | 'set') {
  await assertProductAllowed(ctx.db, order.customerId, productId);
  const ids = lines.map((l) => l.variantId);
  const variants = ids.length ? await ctx.db.select({ id: productVariants.id }).from(productVariants).where(and(eq(productVariants.productId, productId), inArray(productVariants.id, ids))) : [];
  if (variants.length !== new Set(ids).size) throw new NotFoundError();
  const price = (await priceFor(ctx.db, order, [productId])).prices.get(productId);
  if (!price) throw new DomainError('orders.errors.noPrice');
  const wanted = lines.filter((l) => l.quantity > 0);
  if (mode === 'set') {
    await ctx.db.delete(orderLines).where(and(eq(orderLines.orderId, order.id), eq(orderLines.productId, productId)));
  } else if (!wanted.length) {
    throw new DomainError('orders.errors.noQuantity');
  }
  if (wanted.length) {
    const saved = await ctx.db
      .insert(orderLines)
      .values(wanted.map((l) => ({ orderId: order.id, productId, variantId: l.variantId, quantity: l.quantity, unitPriceCents: price.priceCents })))
      .onConflictDoUpdate({ target: [orderLines.orderId, orderLines.variantId], set: { quantity: sql`${orderLines.quantity} + excluded.quantity` } })
      .returning({ quantity: orderLines.quantity });
    if (saved.some((l) => l.quantity > MAX_LINE_QUANTITY)) throw new DomainError('orders.errors.lineTooBig', undefined, { max: MAX_LINE_QUANTITY });
  }
  return repriceDraft(ctx.db, order);
}

/**
 * Prices every line from the customer's current list for the order's channel, and adds up the
 * totals. Runs on every change of a draft and again at submission, which freezes the result.
 */
export async function repriceDraft(db: DbExecutor, order: typeof orders.$inferSelect) {
  const pricing = await pricingFor(db, order.customerId, order.channelId);
  const listId = pricing?.listId ?? null;
  if (listId) {
    // The outer row's product named in full: inside the subquery a bare column would mean the list item's.
    const price = listPriceSql(listId, sql.raw('"order_lines"."product_id"'));
    await db
      .update(orderLines)
      .set({ unitPriceCents: sql`coalesce(${price}, ${orderLines.unitPriceCents})` })
      .where(eq(orderLines.orderId, order.id));
  }
  const lines = await db.select({ quantity: orderLines.quantity, unitPriceCents: orderLines.unitPriceCents }).from(orderLines).where(eq(orderLines.orderId, order.id));
  const totals = orderTotals(lines, order.discountBps);
  const [updated] = await db
    .update(orders)
    .set({ ...totals, priceListId: listId, updatedAt: new Date() })
    .where(eq(orders.id, order.id))
    .returning();
  return updated!;
}

/**
 * Per product of an order: its name, its pieces (for the pack-multiple rule), and whether the customer
 * may still order it: active, not restricted for the customer, and priced in the order's current list.
 */
export async function orderProducts(db: DbExecutor, order: { id: string; customerId: string; priceListId: string | null }) {
  const audience = await audienceOf(db, order.customerId);
  const priced = sql`${listPriceSql(order.priceListId, products.id)} IS NOT NULL`;
  return db
    .select({
      id: products.id,
      name: sql<string>`${products.name} || ' (' || ${products.reference} || ')'`,
      quantity: sql<number>`sum(${orderLines.quantity})::int`,
      available: sql<boolean>`bool_and(${products.active} AND ${visibleTo(audience)}) AND ${priced}`,
    })
    .from(orderLines)
    .innerJoin(products, eq(products.id, orderLines.productId))
    .where(eq(orderLines.orderId, order.id))
    .groupBy(products.id, products.name, products.reference)
    .orderBy(asc(products.name));
}
