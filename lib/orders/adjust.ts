import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { customers, orderLines, orders, products, productVariants } from '@/db/schema';
import { enqueueEmail } from '@/lib/email/outbox';
import { routes } from '@/lib/routes';
import type { UseCaseContext } from '@/lib/server/context';
import { DomainError } from '@/lib/server/errors';
import { defineUseCase } from '@/lib/server/use-case';
import { orderTotals, type ConditionProblem } from './conditions';
import { lockOrder } from './draft';
import { describeProblems } from './problem-text';
import { customerRecipients, eventKey, recipientLink } from './recipients';
import { adjustOrderSchema } from './schemas';
import { orderConditionProblems } from './settings';
import { describeOverStockIn, overStockLines } from './stock-check';
import { ADJUSTABLE_STATUSES } from './transitions';

type Order = typeof orders.$inferSelect;

/** One line as the audit row and the timeline keep it: the variant, its label ("Vestido Midi — Preto M") and its quantity. */
export type AdjustedLine = { variantId: string; label: string; quantity: number };
/** What an adjustment changed, per line: the audit row's `before` and `after` hold one entry per changed line. */
export type AdjustmentRecord = { totalCents: number; lines: AdjustedLine[] };
export type LineChange = { variantId: string; label: string; from: number; to: number };

/** The unmet conditions a change of quantities can cause; discount and payment term were settled at submission and stay as they are. */
const QUANTITY_PROBLEMS: readonly ConditionProblem['code'][] = ['minimum', 'multiple'];

/** The order's lines with their frozen unit price and a label, in the order the page lists them. */
async function orderLineRows(db: DbExecutor, orderId: string) {
  const rows = await db
    .select({
      id: orderLines.id,
      variantId: orderLines.variantId,
      quantity: orderLines.quantity,
      unitPriceCents: orderLines.unitPriceCents,
      product: products.name,
      color: productVariants.colorName,
      size: productVariants.size,
    })
    .from(orderLines)
    .innerJoin(products, eq(products.id, orderLines.productId))
    .innerJoin(productVariants, eq(productVariants.id, orderLines.variantId))
    .where(eq(orderLines.orderId, orderId))
    .orderBy(asc(products.name), asc(productVariants.position));
  return rows.map(({ product, color, size, ...r }) => ({ ...r, label: `${product} — ${color} ${size}` }));
}

/**
 * "Ajustar quantidades": the representative responsible for the customer (or the brand's commercial
 * staff) changes a shop's quantities before approving the order. Each named line takes its new quantity
 * (0 removes it); lines not named stay. The unit prices stay those frozen at submission and the totals
 * are added up again from them with the order's discount, on the server. The adjusted order must still
 * meet the minimum and the quantity multiple, and a line may grow only within the stock available at the
 * origin (the submission's rule; a reduction never needs stock). Only while the order waits for approval:
 * the order row is locked and the totals are written with a conditional update on that state, so an
 * approval that got there first refuses this, and one that comes after reserves the adjusted lines.
 * The shop (and, when the brand's staff adjusted, the representative) is told by email.
 */
export const adjustOrder = defineUseCase({
  name: 'orders.adjust',
  permission: 'orders.adjust',
  schema: adjustOrderSchema,
  async run(ctx, input) {
    const order = await lockOrder(ctx, input.orderId);
    if (!ADJUSTABLE_STATUSES.includes(order.status)) throw new DomainError('orders.errors.notAdjustable');
    const lines = await orderLineRows(ctx.db, order.id);
    const byVariant = new Map(lines.map((l) => [l.variantId, l]));
    const wanted = new Map<string, number>();
    for (const l of input.lines) {
      const line = byVariant.get(l.variantId);
      if (!line) throw new DomainError('orders.errors.notInOrder');
      if (line.quantity !== l.quantity) wanted.set(l.variantId, l.quantity);
    }
    if (!wanted.size) throw new DomainError('orders.errors.adjustNothing');
    const next = lines.map((l) => ({ ...l, quantity: wanted.get(l.variantId) ?? l.quantity }));
    if (next.every((l) => l.quantity === 0)) throw new DomainError('orders.errors.adjustEmpty');

    const totals = orderTotals(next, order.discountBps);
    const [saved] = await ctx.db
      .update(orders)
      .set({ ...totals, updatedAt: new Date() })
      .where(and(eq(orders.id, order.id), inArray(orders.status, [...ADJUSTABLE_STATUSES])))
      .returning();
    // The state changed under us (the row is locked, but the UPDATE does not rely on it): refuse the same way.
    if (!saved) throw new DomainError('orders.errors.notAdjustable');
    const changes: LineChange[] = lines.filter((l) => wanted.has(l.variantId)).map((l) => ({ variantId: l.variantId, label: l.label, from: l.quantity, to: wanted.get(l.variantId)! }));
    for (const c of changes) {
      const id = byVariant.get(c.variantId)!.id;
      if (c.to === 0) await ctx.db.delete(orderLines).where(eq(orderLines.id, id));
      else await ctx.db.update(orderLines).set({ quantity: c.to }).where(eq(orderLines.id, id));
    }
    await checkAdjusted(ctx, saved, changes);

    ctx.audit({
      action: 'orders.adjust',
      entity: 'order',
      entityId: order.id,
      before: { totalCents: order.totalCents, lines: changes.map((c) => ({ variantId: c.variantId, label: c.label, quantity: c.from })) } satisfies AdjustmentRecord,
      after: { totalCents: saved.totalCents, lines: changes.map((c) => ({ variantId: c.variantId, label: c.label, quantity: c.to })) } satisfies AdjustmentRecord,
    });
    await notifyAdjusted(ctx, saved, order.totalCents, changes);
    return { subtotalCents: saved.subtotalCents, discountCents: saved.discountCents, totalCents: saved.totalCents };
  },
});

/**
 * What submission checks, for what quantities can change: the minimum and the multiple (named like
 * the submission names them), and the lines that grew against the stock available at the origin now.
 * Throwing here rolls the adjustment back.
 */
async function checkAdjusted(ctx: UseCaseContext, order: Order, changes: LineChange[]) {
  const problems = (await orderConditionProblems(ctx, order)).filter((p) => QUANTITY_PROBLEMS.includes(p.code));
  if (problems.length) throw new DomainError('orders.errors.adjustConditions', undefined, { problems: describeProblems(problems, ctx.actor.locale) });
  const grown = new Set(changes.filter((c) => c.to > c.from).map((c) => c.variantId));
  const over = grown.size ? (await overStockLines(ctx.db, order)).filter((l) => grown.has(l.variantId)) : [];
  if (over.length) throw new DomainError('orders.errors.adjustOverStock', undefined, { lines: describeOverStockIn(over, ctx.actor.locale) });
}

/** Emails the shop (and the representative, when someone else adjusted) what changed, through the outbox. */
async function notifyAdjusted(ctx: UseCaseContext, order: Order, totalBeforeCents: number, changes: LineChange[]) {
  const [customer] = await ctx.db.select({ name: customers.name }).from(customers).where(eq(customers.id, order.customerId));
  for (const r of await customerRecipients(ctx.db, order.customerId, ctx.actor.role !== 'representante')) {
    await enqueueEmail(ctx.db, {
      template: 'order-adjusted',
      to: r.email,
      locale: r.locale,
      idempotencyKey: eventKey('order', order.id, 'adjusted', r.email),
      meta: { orderId: order.id, event: 'adjusted' },
      data: {
        name: r.name,
        number: order.number,
        customer: customer?.name ?? '',
        by: ctx.actor.name,
        changes: changes.map(({ label, from, to }) => ({ label, from, to })),
        totalBeforeCents,
        totalCents: order.totalCents,
        url: recipientLink(ctx.requestOrigin, r, (area) => routes.orders.detail(area, order.id)),
      },
    });
  }
}
