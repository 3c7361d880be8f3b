import { and, eq } from 'drizzle-orm';
import { productVariants, shopProducts, stockLocations } from '@/db/schema';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import type { UseCaseContext } from '@/lib/server/context';
import { defineUseCase } from '@/lib/server/use-case';
import { adjust, setMinimum } from '@/lib/stock';
import { currentShop } from './current';
import { openPurchaseLines } from './purchase-minimum';
import { shopAdjustSchema, shopMinimumSchema } from './purchase-schemas';

/** A location of the shop the owner works in and a variant of its assortment, or "not found". */
async function shopLevel(ctx: UseCaseContext, locationId: string, variantId: string) {
  const shop = await currentShop(ctx.db, ctx.actor);
  const [location] = await ctx.db.select({ id: stockLocations.id }).from(stockLocations).where(and(eq(stockLocations.id, locationId), eq(stockLocations.shopId, shop.id)));
  const [variant] = await ctx.db
    .select({ id: productVariants.id, sku: productVariants.sku })
    .from(productVariants)
    .innerJoin(shopProducts, and(eq(shopProducts.productId, productVariants.productId), eq(shopProducts.shopId, shop.id)))
    .where(eq(productVariants.id, variantId));
  if (!location || !variant) throw new NotFoundError();
  return { shop, variant };
}

/** A counted correction with its reason; reaching the minimum opens a purchase line as a sale does. */
export const adjustShopStock = defineUseCase({
  name: 'shop_stock.adjust',
  permission: 'shop.stock.manage',
  schema: shopAdjustSchema,
  async run(ctx, input) {
    const { shop, variant } = await shopLevel(ctx, input.locationId, input.variantId);
    const level = await adjust(ctx.db, { locationId: input.locationId, variantId: input.variantId, quantity: input.quantity, source: { actorId: ctx.actor.userId, reason: input.reason } }).catch((err) => {
      if (err instanceof DomainError) throw new DomainError(err.key, 'quantity');
      throw err;
    });
    await openPurchaseLines(ctx.db, shop.id, [level]);
    ctx.audit({ action: 'shop_stock.adjust', entity: 'variant', entityId: variant.id, after: { sku: variant.sku, quantity: input.quantity, reason: input.reason, onHand: level.onHand } });
    return { onHand: level.onHand };
  },
});

/** The variant's minimum at a location: at or below it, the variant is reordered. */
export const setShopMinimum = defineUseCase({
  name: 'shop_stock.minimum',
  permission: 'shop.stock.manage',
  schema: shopMinimumSchema,
  async run(ctx, input) {
    const { variant } = await shopLevel(ctx, input.locationId, input.variantId);
    await setMinimum(ctx.db, input.locationId, input.variantId, input.minimum);
    ctx.audit({ action: 'shop_stock.minimum', entity: 'variant', entityId: variant.id, after: { sku: variant.sku, minimum: input.minimum } });
    return { minimum: input.minimum };
  },
});
