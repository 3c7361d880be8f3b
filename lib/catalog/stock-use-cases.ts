import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { channels, products, productVariants } from '@/db/schema';
import { adjust, channelLocationId, receive } from '@/lib/stock';
import { NotFoundError } from '@/lib/server/errors';
import { defineUseCase } from '@/lib/server/use-case';
import { brandProduct } from './ownership';

/**
 * A receipt (goods in) or an adjustment (a count correction, with its reason) of one variant at one
 * channel, through the stock module: stock never drops below what is reserved, even under
 * concurrency, and the ledger row is written in the same transaction.
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
    const [variant] = await ctx.db
      .select({ id: productVariants.id })
      .from(productVariants)
      .innerJoin(products, and(eq(products.id, productVariants.productId), brandProduct()))
      .where(eq(productVariants.id, input.variantId));
    const [channel] = await ctx.db.select({ id: channels.id }).from(channels).where(eq(channels.id, input.channelId));
    if (!variant || !channel) throw new NotFoundError();
    const locationId = await channelLocationId(ctx.db, channel.id);
    const source = { actorId: ctx.actor.userId, reason: input.reason };
    const row =
      input.kind === 'receipt'
        ? (await receive(ctx.db, { locationId, lines: [{ variantId: variant.id, quantity: input.quantity }], source }))[0]!
        : await adjust(ctx.db, { locationId, variantId: variant.id, quantity: input.quantity, source });
    ctx.audit({ action: `stock.${input.kind}`, entity: 'stock', entityId: `${input.channelId}:${input.variantId}`, after: { ...input, onHand: row.onHand } });
    return { onHand: row.onHand, reserved: row.reserved };
  },
});
