import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { shops } from '@/db/schema';
import { pixKeyKind } from '@/lib/payments/pix-br-code';
import { DomainError } from '@/lib/server/errors';
import { percentBps } from '@/lib/server/fields';
import { defineUseCase } from '@/lib/server/use-case';
import { currentShop } from './current';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'validation.tooBig' })
    .optional()
    .transform((v) => v || null);

export const shopSettingsSchema = z.strictObject({
  maxDiscount: percentBps(100),
  markup: percentBps(1000),
  allowNegativeStock: z
    .literal('on')
    .optional()
    .transform((v) => v === 'on'),
  pixKey: optionalText(77),
  pixMerchantName: optionalText(25),
  pixCity: optionalText(15),
});

/** The owner's settings for the shop it works in: discount ceiling, markup, negative stock and the PIX key its BR Codes carry. */
export const saveShopSettings = defineUseCase({
  name: 'shops.settings',
  permission: 'shop.settings',
  schema: shopSettingsSchema,
  async run(ctx, input) {
    const shop = await currentShop(ctx.db, ctx.actor, { lock: true });
    if (input.pixKey && !pixKeyKind(input.pixKey)) throw new DomainError('shop.errors.pixKey', 'pixKey');
    if (input.pixKey && (!input.pixMerchantName || !input.pixCity)) throw new DomainError('shop.errors.pixNameCity', input.pixMerchantName ? 'pixCity' : 'pixMerchantName');
    const next = {
      maxDiscountBps: input.maxDiscount,
      markupBps: input.markup,
      allowNegativeStock: input.allowNegativeStock,
      pixKey: input.pixKey,
      pixMerchantName: input.pixMerchantName,
      pixCity: input.pixCity,
    };
    await ctx.db.update(shops).set(next).where(eq(shops.id, shop.id));
    ctx.audit({
      action: 'shops.settings',
      entity: 'shop',
      entityId: shop.id,
      before: { maxDiscountBps: shop.maxDiscountBps, markupBps: shop.markupBps, allowNegativeStock: shop.allowNegativeStock, pixKey: shop.pixKey },
      after: { maxDiscountBps: next.maxDiscountBps, markupBps: next.markupBps, allowNegativeStock: next.allowNegativeStock, pixKey: next.pixKey },
    });
    return { shopId: shop.id };
  },
});
