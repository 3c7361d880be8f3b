import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { productImages, products } from '@/db/schema';
import type { UseCaseContext } from '@/lib/server/context';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import { defineUseCase } from '@/lib/server/use-case';
import { resizeImage } from './image-sizes';
import { detectImageType, MAX_IMAGE_BYTES, removeImageWithSizes, storeImageIn, storeImageSizesIn } from './images';
import { brandProduct } from './ownership';

/** An upload: the product and the file's bytes, base64-encoded so the wrapper's strict schema checks them like any other field. */
export const productImageSchema = z.strictObject({
  productId: z.uuid(),
  data: z.string({ error: 'catalog.images.required' }).min(1, { error: 'catalog.images.required' }).max(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 4, { error: 'catalog.images.tooBig' }),
});

/**
 * Stores an image of a product the caller has already found in its scope: the type comes from the
 * file signature, never from the name; the original is kept and resized into the sizes the pages show
 * (a file that does not decode is refused). The brand's catalog and a shop's own products share it.
 */
export async function attachProductImage(ctx: UseCaseContext, productId: string, data: string, entity = 'product'): Promise<string> {
  const bytes = Buffer.from(data, 'base64');
  if (bytes.length > MAX_IMAGE_BYTES) throw new DomainError('catalog.images.tooBig', 'file');
  const type = detectImageType(bytes);
  if (!type) throw new DomainError('catalog.images.badType', 'file');
  const sizes = await resizeImage(bytes);
  if (!sizes) throw new DomainError('catalog.images.badType', 'file');
  const id = randomUUID();
  const storageKey = await storeImageIn(ctx, id, type, bytes);
  await storeImageSizesIn(ctx, storageKey, sizes);
  const [{ next } = { next: 0 }] = await ctx.db.select({ next: sql<number>`coalesce(max(${productImages.position}) + 1, 0)::int` }).from(productImages).where(eq(productImages.productId, productId));
  await ctx.db.insert(productImages).values({ id, productId, storageKey, contentType: type, sizeBytes: bytes.length, position: next });
  ctx.audit({ action: 'catalog.add_image', entity, entityId: productId, after: { imageId: id, contentType: type, sizeBytes: bytes.length } });
  return id;
}

/** Removes an image of a product in the caller's scope (`owned`: the condition on `products`); its files go once the removal commits. */
export async function detachProductImage(ctx: UseCaseContext, imageId: string, owned: ReturnType<typeof brandProduct>, entity = 'product') {
  const [row] = await ctx.db
    .delete(productImages)
    .where(and(eq(productImages.id, imageId), sql`${productImages.productId} IN (SELECT ${products.id} FROM ${products} WHERE ${owned})`))
    .returning();
  if (!row) throw new NotFoundError();
  ctx.audit({ action: 'catalog.remove_image', entity, entityId: row.productId, before: { imageId: row.id } });
  // The files go once the row is gone for good: a rolled-back removal keeps its image whole.
  ctx.onCommit(() => removeImageWithSizes(row.storageKey));
  return { id: row.id, productId: row.productId };
}

/** Adds an image to a product of the brand's catalog. */
export const addProductImage = defineUseCase({
  name: 'catalog.add_image',
  permission: 'catalog.manage',
  binaryFields: ['data'],
  schema: productImageSchema,
  async run(ctx, input) {
    const [product] = await ctx.db.select({ id: products.id }).from(products).where(and(eq(products.id, input.productId), brandProduct()));
    if (!product) throw new NotFoundError();
    return { id: await attachProductImage(ctx, product.id, input.data) };
  },
});

export const removeProductImage = defineUseCase({
  name: 'catalog.remove_image',
  permission: 'catalog.manage',
  schema: z.strictObject({ id: z.uuid() }),
  async run(ctx, input) {
    return { id: (await detachProductImage(ctx, input.id, brandProduct())).id };
  },
});
