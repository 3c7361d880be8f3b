import { and, asc, eq, ne } from 'drizzle-orm';
import { channels, orderLines, orders, products } from '@/db/schema';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import { defineUseCase } from '@/lib/server/use-case';
import { applyLines, draftFor } from './draft';
import { orderIdSchema } from './schemas';
import { orderScope } from './scope';

/**
 * "Pedir novamente": the lines of a past order go into the draft of the same customer and origin,
 * at today's prices. Products the customer can no longer order (restricted, inactive, unpriced) are
 * left out and named; if none is left, nothing changes.
 */
export const reorder = defineUseCase({
  name: 'orders.reorder',
  permission: 'orders.place',
  schema: orderIdSchema,
  async run(ctx, input) {
    const [source] = await ctx.db
      .select()
      .from(orders)
      .where(and(eq(orders.id, input.orderId), ne(orders.status, 'draft'), orderScope(ctx.actor)));
    if (!source) throw new NotFoundError();
    const [channel] = await ctx.db.select({ active: channels.active }).from(channels).where(eq(channels.id, source.channelId));
    if (!channel?.active) throw new DomainError('orders.errors.noChannel');
    const lines = await ctx.db
      .select({ productId: orderLines.productId, name: products.name, reference: products.reference, variantId: orderLines.variantId, quantity: orderLines.quantity })
      .from(orderLines)
      .innerJoin(products, eq(products.id, orderLines.productId))
      .where(eq(orderLines.orderId, source.id))
      .orderBy(asc(products.name));
    const byProduct = new Map<string, { name: string; lines: { variantId: string; quantity: number }[] }>();
    for (const l of lines) {
      const group = byProduct.get(l.productId) ?? { name: `${l.name} (${l.reference})`, lines: [] };
      group.lines.push({ variantId: l.variantId, quantity: l.quantity });
      byProduct.set(l.productId, group);
    }

    let draft = await draftFor(ctx, { customerId: source.customerId, channelId: source.channelId });
    const skipped: string[] = [];
    for (const [productId, group] of byProduct) {
      try {
        draft = await applyLines(ctx, draft, productId, group.lines, 'add');
      } catch (e) {
        // Both are thrown before anything is written for the product.
        if (e instanceof NotFoundError || (e instanceof DomainError && e.message === 'orders.errors.noPrice')) skipped.push(group.name);
        else throw e;
      }
    }
    if (skipped.length === byProduct.size) throw new DomainError('orders.errors.nothingToReorder', undefined, { products: skipped.join(', ') });
    ctx.audit({ action: 'orders.reorder', entity: 'order', entityId: draft.id, after: { fromOrderId: source.id, fromNumber: source.number, skipped } });
    return { orderId: draft.id, number: draft.number, skipped };
  },
});
