import { eq } from 'drizzle-orm';
import { channels, products, productVariants, stockLevels } from '@/db/schema';
import { regenerateAll } from '@/lib/pricing/generate';
import { DomainError } from '@/lib/server/errors';
import { defineUseCase } from '@/lib/server/use-case';
import { createProductSchema } from './schemas';

function skuPart(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 3);
}

/** Creates a product with its color × size grid, empty stock at every channel, and its prices in every list. */
export const createProduct = defineUseCase({
  name: 'catalog.create_product',
  permission: 'catalog.manage',
  schema: createProductSchema,
  async run(ctx, input) {
    const [clash] = await ctx.db.select({ id: products.id }).from(products).where(eq(products.reference, input.reference));
    if (clash) throw new DomainError('validation.referenceTaken', 'reference');
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
    let position = 0;
    const variants = await ctx.db
      .insert(productVariants)
      .values(
        input.colors.flatMap((c, ci) =>
          input.sizes.map((size) => ({ productId: product!.id, colorName: c.name, colorHex: c.hex.toLowerCase(), size, sku: `${input.reference}-${skuPart(c.name)}${ci + 1}-${size}`, position: position++ })),
        ),
      )
      .returning({ id: productVariants.id });
    const allChannels = await ctx.db.select({ id: channels.id }).from(channels);
    if (allChannels.length) await ctx.db.insert(stockLevels).values(allChannels.flatMap((ch) => variants.map((v) => ({ channelId: ch.id, variantId: v.id }))));
    await regenerateAll(ctx.db);
    ctx.audit({ action: 'catalog.create_product', entity: 'product', entityId: product!.id, after: { ...input, variants: variants.length } });
    return { id: product!.id, variants: variants.length };
  },
});
