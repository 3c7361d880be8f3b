import { and, eq, ne, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { productVariants, products, shopProducts } from '@/db/schema';
import { isValidEan13 } from '@/lib/catalog/ean';
import { attachProductImage, detachProductImage, productImageSchema } from '@/lib/catalog/image-use-cases';
import { gridCells } from '@/lib/catalog/schemas';
import { assertSkusFree } from '@/lib/catalog/sku';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import { defineUseCase } from '@/lib/server/use-case';
import { ensureLevels, shopLocationIds } from '@/lib/stock';
import { currentShop } from './current';
import { assertShopSupplier } from './supplier-check';
import { createOwnProductSchema, ownVariantEanSchema, updateOwnProductSchema } from './own-product-schemas';

/** The condition on `products` for what the shop registered itself. */
export const ownedBy = (shopId: string) => eq(products.shopId, shopId);

/**
 * The shop registers a product of its own (accessories from a distributor, a local label): its data,
 * the color × size grid, what it paid and its consumer price (blank: cost plus the markup), and its
 * supplier. It joins the shop's assortment with empty stock at every location of the shop, so the
 * counter, the stock pages, minimums and purchase requests treat it as any other; the brand never sees it.
 */
export const createOwnProduct = defineUseCase({
  name: 'shop_products.create',
  permission: 'shop.products',
  schema: createOwnProductSchema,
  uniqueFields: { products_shop_reference_unique: ['reference', 'validation.referenceTaken'], product_variants_shop_sku_unique: ['reference', 'validation.codesTaken'] },
  async run(ctx, input) {
    const shop = await currentShop(ctx.db, ctx.actor);
    await assertShopSupplier(ctx.db, shop.id, input.supplierId);
    const [clash] = await ctx.db.select({ id: products.id }).from(products).where(and(ownedBy(shop.id), eq(products.reference, input.reference)));
    if (clash) throw new DomainError('validation.referenceTaken', 'reference');
    const cells = gridCells(input.reference, input.colors, input.sizes);
    await assertSkusFree(ctx.db, cells.map((c) => c.sku), shop.id);
    const [product] = await ctx.db
      .insert(products)
      .values({
        shopId: shop.id,
        reference: input.reference,
        name: input.name,
        description: input.description,
        category: input.category,
        brand: input.brand,
        ncm: input.ncm,
        // Its cost and price live in the shop's assortment (shop_products), the one place the counter reads.
        costCents: 0,
        basePriceCents: 0,
      })
      .returning({ id: products.id });
    const variants = await ctx.db
      .insert(productVariants)
      .values(cells.map((c, position) => ({ ...c, productId: product!.id, shopId: shop.id, position })))
      .returning({ id: productVariants.id });
    await ctx.db.insert(shopProducts).values({ shopId: shop.id, productId: product!.id, costCents: input.cost, priceCents: input.price, supplierId: input.supplierId });
    await ensureLevels(ctx.db, await shopLocationIds(ctx.db, shop.id), variants.map((v) => v.id));
    ctx.audit({ action: 'shop_products.create', entity: 'shop_product', entityId: product!.id, after: { ...input, variants: variants.length } });
    return { id: product!.id, variants: variants.length };
  },
});

/** Edits an own product's data, cost, consumer price and supplier (the grid stays); an inactive one leaves the counter's search. */
export const updateOwnProduct = defineUseCase({
  name: 'shop_products.update',
  permission: 'shop.products',
  schema: updateOwnProductSchema,
  async run(ctx, input) {
    const shop = await currentShop(ctx.db, ctx.actor);
    const [before] = await ctx.db.select().from(products).where(and(eq(products.id, input.id), ownedBy(shop.id))).for('update');
    if (!before) throw new NotFoundError();
    await assertShopSupplier(ctx.db, shop.id, input.supplierId);
    const { id, cost, price, supplierId, ...fields } = input;
    await ctx.db
      .update(products)
      .set({ ...fields, updatedAt: new Date() })
      .where(eq(products.id, id));
    await ctx.db
      .update(shopProducts)
      .set({ costCents: cost, priceCents: price, supplierId, updatedAt: new Date() })
      .where(and(eq(shopProducts.shopId, shop.id), eq(shopProducts.productId, id)));
    ctx.audit({ action: 'shop_products.update', entity: 'shop_product', entityId: id, before, after: input });
    return { id };
  },
});

/** The barcode a USB scanner reads at the counter: EAN-13 with its check digit, unique in what the shop sells (another shop may use it too). */
export const setOwnVariantEan = defineUseCase({
  name: 'shop_products.ean',
  permission: 'shop.products',
  schema: ownVariantEanSchema,
  uniqueFields: { product_variants_shop_ean_unique: ['ean', 'validation.eanTaken'] },
  async run(ctx, input) {
    const shop = await currentShop(ctx.db, ctx.actor);
    const [variant] = await ctx.db
      .select({ id: productVariants.id, ean: productVariants.ean, productId: productVariants.productId })
      .from(productVariants)
      .innerJoin(products, and(eq(products.id, productVariants.productId), ownedBy(shop.id)))
      .where(eq(productVariants.id, input.variantId))
      .for('update', { of: productVariants });
    if (!variant) throw new NotFoundError();
    if (input.ean) {
      if (!isValidEan13(input.ean)) throw new DomainError('validation.ean', 'ean');
      // Unique in what this shop sells: its own products and the brand's in its assortment (the scanner finds one).
      const [clash] = await ctx.db
        .select({ id: productVariants.id })
        .from(productVariants)
        .where(
          and(
            eq(productVariants.ean, input.ean),
            ne(productVariants.id, variant.id),
            or(eq(productVariants.shopId, shop.id), sql`${productVariants.productId} IN (SELECT ${shopProducts.productId} FROM ${shopProducts} WHERE ${shopProducts.shopId} = ${shop.id})`),
          ),
        );
      if (clash) throw new DomainError('validation.eanTaken', 'ean');
    }
    await ctx.db.update(productVariants).set({ ean: input.ean }).where(eq(productVariants.id, variant.id));
    ctx.audit({ action: 'shop_products.ean', entity: 'variant', entityId: variant.id, before: { ean: variant.ean }, after: { ean: input.ean } });
    return { id: variant.id, ean: input.ean };
  },
});

export const addOwnProductImage = defineUseCase({
  name: 'shop_products.add_image',
  permission: 'shop.products',
  binaryFields: ['data'],
  schema: productImageSchema,
  async run(ctx, input) {
    const shop = await currentShop(ctx.db, ctx.actor);
    const [product] = await ctx.db.select({ id: products.id }).from(products).where(and(eq(products.id, input.productId), ownedBy(shop.id)));
    if (!product) throw new NotFoundError();
    return { id: await attachProductImage(ctx, product.id, input.data, 'shop_product') };
  },
});

export const removeOwnProductImage = defineUseCase({
  name: 'shop_products.remove_image',
  permission: 'shop.products',
  schema: z.strictObject({ id: z.uuid() }),
  async run(ctx, input) {
    const shop = await currentShop(ctx.db, ctx.actor);
    return detachProductImage(ctx, input.id, ownedBy(shop.id), 'shop_product');
  },
});
