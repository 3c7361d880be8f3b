import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { channels, productVariants, stockLedger, stockLevels } from '@/db/schema';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import { defineUseCase } from '@/lib/server/use-case';

/**
 * A receipt (goods in) or an adjustment (a count correction, with its reason) of one variant at one
 * channel. One conditional UPDATE: stock never drops below what is reserved, even under concurrency,
 * and the ledger row is written in the same transaction.
 */
export const moveStock = defineUseCase({
  name: 'stock.move',
  permission: 'catalog.manage',
  schema: z
    .strictObject({
      variantId: z.uuid({ error: 'validation.invalidOption' }),
      channelId: z.uuid({ error: 'validation.invalidOption' }),
      kind: z.enum(['receipt', 'adjustment'], { error: 'validation.invalidOption' }),
      quantity: z.coerce.number({ error: 'validation.quantity' }).int({ error: 'validation.quantity' }).min(-100000, { error: 'validation.quantity' }).max(100000, { error: 'validation.quantity' }),
      reason: z
        .string()
        .trim()
        .max(200)
        .optional()
        .transform((v) => v || null),
    })
    .superRefine((v, ctx) => {
      if (v.quantity === 0 || (v.kind === 'receipt' && v.quantity < 0)) ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'validation.quantity' });
      if (v.kind === 'adjustment' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'validation.reasonRequired' });
    }),
  async run(ctx, input) {
    const [variant] = await ctx.db.select({ id: productVariants.id }).from(productVariants).where(eq(productVariants.id, input.variantId));
    const [channel] = await ctx.db.select({ id: channels.id }).from(channels).where(eq(channels.id, input.channelId));
    if (!variant || !channel) throw new NotFoundError();
    await ctx.db.insert(stockLevels).values({ channelId: input.channelId, variantId: input.variantId }).onConflictDoNothing();
    const [row] = await ctx.db
      .update(stockLevels)
      .set({ onHand: sql`${stockLevels.onHand} + ${input.quantity}` })
      .where(and(eq(stockLevels.channelId, input.channelId), eq(stockLevels.variantId, input.variantId), sql`${stockLevels.onHand} + ${input.quantity} >= ${stockLevels.reserved}`))
      .returning({ onHand: stockLevels.onHand, reserved: stockLevels.reserved });
    if (!row) throw new DomainError('stock.wouldGoNegative', 'quantity');
    await ctx.db.insert(stockLedger).values({ channelId: input.channelId, variantId: input.variantId, kind: input.kind, quantity: input.quantity, reason: input.reason, actorId: ctx.actor.userId });
    ctx.audit({ action: `stock.${input.kind}`, entity: 'stock', entityId: `${input.channelId}:${input.variantId}`, after: { ...input, onHand: row.onHand } });
    return row;
  },
});
