import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { shopProducts } from '@/db/schema';
import { retailPriceCents } from '@/lib/pricing/retail';
import { NotFoundError } from '@/lib/server/errors';
import { parseMoneyCents } from '@/lib/money';
import { defineUseCase } from '@/lib/server/use-case';
import { currentShop } from './current';

/** The owner's own consumer price for a product, or (empty) back to cost plus the shop's markup. */
export const retailPriceSchema = z.strictObject({
  productId: z.uuid({ error: 'validation.invalidOption' }),
  price: z
    .string()
    .trim()
    .max(20, { error: 'validation.tooBig' })
    .transform((v, ctx) => {
      if (!v) return null;
      const cents = parseMoneyCents(v, 10);
      if (cents === null || cents <= 0) {
        ctx.addIssue({ code: 'custom', message: 'validation.money' });
        return z.NEVER;
      }
      return cents;
    }),
});

export const setRetailPrice = defineUseCase({
  name: 'shop_prices.set',
  permission: 'shop.prices',
  schema: retailPriceSchema,
  async run(ctx, input) {
    const shop = await currentShop(ctx.db, ctx.actor);
    const [before] = await ctx.db.select().from(shopProducts).where(and(eq(shopProducts.shopId, shop.id), eq(shopProducts.productId, input.productId))).for('update');
    if (!before) throw new NotFoundError();
    await ctx.db.update(shopProducts).set({ priceCents: input.price, updatedAt: new Date() }).where(and(eq(shopProducts.shopId, shop.id), eq(shopProducts.productId, input.productId)));
    ctx.audit({ action: 'shop_prices.set', entity: 'shop_product', entityId: input.productId, before: { priceCents: before.priceCents }, after: { priceCents: input.price } });
    return { priceCents: retailPriceCents(before.costCents, input.price, shop.markupBps) };
  },
});
