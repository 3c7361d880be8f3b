import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { channels, customers, orderLines, orders, priceListItems, products, productVariants, users } from '@/db/schema';
import { assertProductAllowed, audienceOf, visibleTo } from '@/lib/catalog/restrictions';
import { customerScope } from '@/lib/crm/scope';
import { pricingFor } from '@/lib/pricing/customer-pricing';
import type { Actor, UseCaseContext } from '@/lib/server/context';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import { orderTotals } from './conditions';
import { orderScope } from './scope';

/**
 * Whom the actor orders for and from where, from the session alone: a shop for itself; a
 * representative for the portfolio customer it is serving; the origin chosen in the store.
 */
export async function orderingTarget(db: DbExecutor, actor: Actor): Promise<{ customerId: string; channelId: string }> {
  const [prefs] = await db.select({ channelId: users.channelId, servingCustomerId: users.servingCustomerId }).from(users).where(eq(users.id, actor.userId));
  const candidate = actor.role === 'lojista' ? actor.customerId : actor.role === 'representante' ? (prefs?.servingCustomerId ?? null) : null;
  if (!candidate) throw new DomainError('orders.errors.noCustomer');
  const [customer] = await db.select({ id: customers.id }).from(customers).where(and(eq(customers.id, candidate), customerScope(actor)));
  if (!customer) throw new DomainError('orders.errors.noCustomer');
  const active = await db.select({ id: channels.id }).from(channels).where(eq(channels.active, true)).orderBy(asc(channels.code));
  const channel = active.find((c) => c.id === prefs?.channelId) ?? active[0];
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
export async function lockOrder(ctx: UseCaseContext, orderId: string) {
  const [order] = await ctx.db.select().from(orders).where(and(eq(orders.id, orderId), orderScope(ctx.actor))).for('update');
  if (!order) throw new NotFoundError();
  return order;
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
  const pricing = await pricingFor(ctx.db, order.customerId, order.channelId);
  const [price] = pricing?.listId
    ? await ctx.db.select({ cents: priceListItems.priceCents }).from(priceListItems).where(and(eq(priceListItems.priceListId, pricing.listId), eq(priceListItems.productId, productId)))
    : [];
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
      .values(wanted.map((l) => ({ orderId: order.id, productId, variantId: l.variantId, quantity: l.quantity, unitPriceCents: price.cents })))
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
    await db.execute(sql`
      UPDATE order_lines l SET unit_price_cents = p.price_cents
      FROM price_list_items p
      WHERE p.price_list_id = ${listId} AND p.product_id = l.product_id AND l.order_id = ${order.id}`);
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
  const priced = order.priceListId
    ? sql`EXISTS (SELECT 1 FROM ${priceListItems} WHERE ${priceListItems.priceListId} = ${order.priceListId} AND ${priceListItems.productId} = ${products.id})`
    : sql`false`;
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
