import { and, eq, isNull, ne } from 'drizzle-orm';
import { channels, products, productVariants } from '@/db/schema';
import { channelLocationId, channelLocationIds, ensureLevels, setMinimum } from '@/lib/stock';
import { regenerateAll } from '@/lib/pricing/generate';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import { defineUseCase } from '@/lib/server/use-case';
import { isValidEan13 } from './ean';
import { createProductSchema, gridCells, updateProductSchema, variantSettingsSchema } from './schemas';
import { assertSkusFree } from './sku';
import { brandProduct } from './ownership';

/** Creates a product with its color × size grid, empty stock at every channel, and its prices in every list. */
export const createProduct = defineUseCase({
  name: 'catalog.create_product',
  permission: 'catalog.manage',
  schema: createProductSchema,
  uniqueFields: { products_brand_reference_unique: ['reference', 'validation.referenceTaken'], product_variants_brand_sku_unique: ['reference', 'validation.codesTaken'] },
  async run(ctx, input) {
    const [clash] = await ctx.db.select({ id: products.id }).from(products).where(and(eq(products.reference, input.reference), brandProduct()));
    if (clash) throw new DomainError('validation.referenceTaken', 'reference');
    const cells = gridCells(input.reference, input.colors, input.sizes);
    await assertSkusFree(ctx.db, cells.map((c) => c.sku), null);
    const [product] = await ctx.db
      .insert(products)
      .values({
        reference: input.reference,
        name: input.name,
        description: input.description,
        collection: input.collection,
        category: input.category,
        brand: input.brand,
        supplier: input.supplier,
        ncm: input.ncm,
        costCents: input.cost,
        basePriceCents: input.basePrice,
      })
      .returning({ id: products.id });
    const variants = await ctx.db
      .insert(productVariants)
      .values(cells.map((c, position) => ({ ...c, productId: product!.id, position })))
      .returning({ id: productVariants.id });
    await ensureLevels(ctx.db, await channelLocationIds(ctx.db), variants.map((v) => v.id));
    await regenerateAll(ctx.db);
    ctx.audit({ action: 'catalog.create_product', entity: 'product', entityId: product!.id, after: { ...input, variants: variants.length } });
    return { id: product!.id, variants: variants.length };
  },
});

/** Changes a product's data; a new base price reprices every list (hand-edited prices stay). */
export const updateProduct = defineUseCase({
  name: 'catalog.update_product',
  permission: 'catalog.manage',
  schema: updateProductSchema,
  async run(ctx, input) {
    const [before] = await ctx.db.select().from(products).where(and(eq(products.id, input.id), brandProduct())).for('update');
    if (!before) throw new NotFoundError();
    const { id, cost, basePrice, ...fields } = input;
    await ctx.db.update(products).set({ ...fields, costCents: cost, basePriceCents: basePrice, updatedAt: new Date() }).where(eq(products.id, id));
    if (before.basePriceCents !== basePrice || before.active !== input.active) await regenerateAll(ctx.db);
    ctx.audit({ action: 'catalog.update_product', entity: 'product', entityId: id, before, after: input });
    return { id };
  },
});

/** A variant's EAN-13 (check digit validated, unique) and its minimum stock at one channel. */
export const updateVariantSettings = defineUseCase({
  name: 'catalog.variant_settings',
  permission: 'catalog.manage',
  schema: variantSettingsSchema,
  uniqueFields: { product_variants_brand_ean_unique: ['ean', 'validation.eanTaken'] },
  async run(ctx, input) {
    if (input.ean && !isValidEan13(input.ean)) throw new DomainError('validation.ean', 'ean');
    const [variant] = await ctx.db
      .select({ id: productVariants.id, ean: productVariants.ean })
      .from(productVariants)
      .innerJoin(products, and(eq(products.id, productVariants.productId), brandProduct()))
      .where(eq(productVariants.id, input.variantId));
    if (!variant) throw new NotFoundError();
    if (input.ean) {
      const [clash] = await ctx.db.select({ id: productVariants.id }).from(productVariants).where(and(eq(productVariants.ean, input.ean), isNull(productVariants.shopId), ne(productVariants.id, input.variantId)));
      if (clash) throw new DomainError('validation.eanTaken', 'ean');
    }
    await ctx.db.update(productVariants).set({ ean: input.ean }).where(eq(productVariants.id, input.variantId));
    const [channel] = await ctx.db.select({ id: channels.id }).from(channels).where(eq(channels.id, input.channelId));
    if (!channel) throw new NotFoundError();
    await setMinimum(ctx.db, await channelLocationId(ctx.db, channel.id), input.variantId, input.minimum);
    ctx.audit({ action: 'catalog.variant_settings', entity: 'variant', entityId: input.variantId, before: { ean: variant.ean }, after: input });
    return { id: input.variantId };
  },
});
