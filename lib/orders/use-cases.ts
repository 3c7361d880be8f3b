import { and, eq } from 'drizzle-orm';
import { orders, productPacks, productVariants } from '@/db/schema';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import { defineUseCase } from '@/lib/server/use-case';
import { expandPack, maxDiscountFor } from './conditions';
import { applyLines, draftFor, lockDraft, orderingTarget, repriceDraft } from './draft';
import { approve, transition } from './lifecycle';
import { describeProblems } from './problem-text';
import { loadConditions, orderConditionProblems } from './settings';
import { describeOverStockIn, overStockLines } from './stock-check';
import { addPackSchema, addToOrderSchema, orderIdSchema, orderTermsSchema, removeProductSchema, setProductLinesSchema } from './schemas';

/** "Adicionar ao pedido": grid quantities go into the draft of the session's customer and origin. */
export const addToOrder = defineUseCase({
  name: 'orders.add',
  permission: 'orders.place',
  schema: addToOrderSchema,
  async run(ctx, input) {
    const order = await draftFor(ctx, await orderingTarget(ctx.db, ctx.actor));
    const updated = await applyLines(ctx, order, input.productId, input.lines, 'add');
    ctx.audit({ action: 'orders.add', entity: 'order', entityId: order.id, after: { productId: input.productId, lines: input.lines.filter((l) => l.quantity > 0) } });
    return { orderId: updated.id, number: updated.number, totalCents: updated.totalCents };
  },
});

/** A number of fixed packs ("grade fechada") of one color, expanded to its sizes. */
export const addPackToOrder = defineUseCase({
  name: 'orders.add_pack',
  permission: 'orders.place',
  schema: addPackSchema,
  async run(ctx, input) {
    const [pack] = await ctx.db.select().from(productPacks).where(and(eq(productPacks.id, input.packId), eq(productPacks.productId, input.productId)));
    if (!pack) throw new NotFoundError();
    const variants = await ctx.db
      .select({ id: productVariants.id, size: productVariants.size })
      .from(productVariants)
      .where(and(eq(productVariants.productId, input.productId), eq(productVariants.colorName, input.color)));
    if (!variants.length) throw new DomainError('validation.invalidOption', 'color');
    const bySize = expandPack(pack.quantities, input.packs);
    const lines = Object.entries(bySize).map(([size, quantity]) => {
      const variant = variants.find((v) => v.size === size);
      if (!variant) throw new DomainError('orders.errors.packSizeMissing', 'color', { size });
      return { variantId: variant.id, quantity };
    });
    const order = await draftFor(ctx, await orderingTarget(ctx.db, ctx.actor));
    const updated = await applyLines(ctx, order, input.productId, lines, 'add');
    ctx.audit({ action: 'orders.add', entity: 'order', entityId: order.id, after: { productId: input.productId, packId: pack.id, color: input.color, packs: input.packs } });
    return { orderId: updated.id, number: updated.number, totalCents: updated.totalCents };
  },
});

/** The draft page's grid for one product: the typed quantities replace the product's lines (0 removes). */
export const setProductLines = defineUseCase({
  name: 'orders.set_lines',
  permission: 'orders.place',
  schema: setProductLinesSchema,
  async run(ctx, input) {
    const order = await lockDraft(ctx, input.orderId);
    const updated = await applyLines(ctx, order, input.productId, input.lines, 'set');
    ctx.audit({ action: 'orders.set_lines', entity: 'order', entityId: order.id, after: { productId: input.productId, lines: input.lines } });
    return { totalCents: updated.totalCents };
  },
});

export const removeOrderProduct = defineUseCase({
  name: 'orders.remove_product',
  permission: 'orders.place',
  schema: removeProductSchema,
  async run(ctx, input) {
    const order = await lockDraft(ctx, input.orderId);
    const updated = await applyLines(ctx, order, input.productId, [], 'set');
    ctx.audit({ action: 'orders.remove_product', entity: 'order', entityId: order.id, after: { productId: input.productId } });
    return { totalCents: updated.totalCents };
  },
});

/** Payment terms, discount (capped by the actor's role) and notes of a draft. */
export const updateOrderTerms = defineUseCase({
  name: 'orders.terms',
  permission: 'orders.place',
  schema: orderTermsSchema,
  async run(ctx, input) {
    const order = await lockDraft(ctx, input.orderId);
    const conditions = await loadConditions(ctx.db);
    const max = maxDiscountFor(ctx.actor.role, conditions);
    if (input.discount > max) throw new DomainError('orders.errors.discountTooHigh', 'discount', { max: max / 100 });
    if (input.paymentTermId && !conditions.paymentTermIds.includes(input.paymentTermId)) throw new DomainError('validation.invalidOption', 'paymentTermId');
    const [saved] = await ctx.db
      .update(orders)
      .set({ paymentTermId: input.paymentTermId, discountBps: input.discount, notes: input.notes })
      .where(eq(orders.id, order.id))
      .returning();
    const updated = await repriceDraft(ctx.db, saved!);
    ctx.audit({ action: 'orders.terms', entity: 'order', entityId: order.id, before: { paymentTermId: order.paymentTermId, discountBps: order.discountBps }, after: { paymentTermId: input.paymentTermId, discountBps: input.discount } });
    return { totalCents: updated.totalCents };
  },
});

/**
 * Submission: reprices from the current list (and freezes it), checks every commercial condition
 * and names each one missing; refuses lines above the stock available at the origin, naming them.
 * A representative's submission counts as its approval.
 */
export const submitOrder = defineUseCase({
  name: 'orders.submit',
  permission: 'orders.place',
  schema: orderIdSchema,
  async run(ctx, input) {
    const draft = await lockDraft(ctx, input.orderId);
    const order = await repriceDraft(ctx.db, draft);
    const problems = await orderConditionProblems(ctx, order);
    if (problems.length) throw new DomainError('orders.errors.conditions', undefined, { problems: describeProblems(problems, ctx.actor.locale) });
    const over = await overStockLines(ctx.db, order);
    if (over.length) throw new DomainError('orders.errors.overStock', undefined, { lines: describeOverStockIn(over, ctx.actor.locale) });
    const submitted = await transition(ctx, order, 'submit', { submittedAt: new Date(), submittedById: ctx.actor.userId });
    const final = ctx.actor.role === 'representante' ? await approve(ctx, submitted) : submitted;
    return { orderId: final.id, number: final.number, status: final.status };
  },
});
