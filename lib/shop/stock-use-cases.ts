import { and, eq } from 'drizzle-orm';
import { productVariants, shopProducts, stockLocations } from '@/db/schema';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import type { UseCaseContext } from '@/lib/server/context';
import { defineUseCase } from '@/lib/server/use-case';
import { adjust, createShopLocation, ensureLevels, setMinimum, StockShortError, transfer } from '@/lib/stock';
import { currentShop } from './current';
import { openPurchaseLines } from './purchase-minimum';
import { shopAdjustSchema, shopLocationSchema, shopMinimumSchema, shopTransferSchema } from './stock-schemas';

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

/** Moves goods between two of the shop's locations (the back room to the floor): all or nothing, both ledgers naming the other side. */
export const transferShopStock = defineUseCase({
  name: 'shop_stock.transfer',
  permission: 'shop.stock.manage',
  schema: shopTransferSchema,
  async run(ctx, input) {
    const { shop, variant } = await shopLevel(ctx, input.fromLocationId, input.variantId);
    const [to] = await ctx.db.select({ id: stockLocations.id }).from(stockLocations).where(and(eq(stockLocations.id, input.toLocationId), eq(stockLocations.shopId, shop.id)));
    if (!to) throw new NotFoundError();
    if (to.id === input.fromLocationId) throw new DomainError('shop.errors.sameLocation', 'toLocationId');
    try {
      await transfer(ctx.db, { from: input.fromLocationId, to: to.id, lines: [{ variantId: variant.id, quantity: input.quantity, label: variant.sku }], source: { actorId: ctx.actor.userId, reason: input.reason || null } });
    } catch (err) {
      if (err instanceof StockShortError) throw new DomainError('shop.errors.stockShort', 'quantity', { lines: err.lines.join('; ') });
      throw err;
    }
    ctx.audit({ action: 'shop_stock.transfer', entity: 'variant', entityId: variant.id, after: { sku: variant.sku, quantity: input.quantity, from: input.fromLocationId, to: to.id } });
    return { quantity: input.quantity };
  },
});

/** Another place the shop keeps goods ("Depósito"); registers and transfers can use it. */
export const addShopLocation = defineUseCase({
  name: 'shop_stock.location',
  permission: 'shop.settings',
  schema: shopLocationSchema,
  async run(ctx, input) {
    const shop = await currentShop(ctx.db, ctx.actor);
    const [taken] = await ctx.db.select({ id: stockLocations.id }).from(stockLocations).where(and(eq(stockLocations.shopId, shop.id), eq(stockLocations.name, input.name)));
    if (taken) throw new DomainError('shop.errors.locationTaken', 'name');
    const id = await createShopLocation(ctx.db, shop.id, input.name);
    // Every variant the shop sells has its (empty) level there at once: the stock page lists it, adjustments and transfers find it.
    const variants = await ctx.db
      .select({ id: productVariants.id })
      .from(productVariants)
      .innerJoin(shopProducts, and(eq(shopProducts.productId, productVariants.productId), eq(shopProducts.shopId, shop.id)));
    await ensureLevels(ctx.db, [id], variants.map((v) => v.id));
    ctx.audit({ action: 'shop_stock.location', entity: 'stock_location', entityId: id, after: { name: input.name } });
    return { locationId: id };
  },
});
