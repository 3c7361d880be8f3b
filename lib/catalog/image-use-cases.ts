import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { productImages, products } from '@/db/schema';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import { defineUseCase } from '@/lib/server/use-case';
import { resizeImage } from './image-sizes';
import { detectImageType, MAX_IMAGE_BYTES, removeImageWithSizes, storeImageIn, storeImageSizesIn } from './images';

/**
 * Adds an image to a product. The bytes arrive base64-encoded so the wrapper's strict schema can
 * check them like any other field; the type comes from the file signature, never from the name.
 * The original is kept and resized into the sizes the pages show (a file that does not decode is refused).
 */
export const addProductImage = defineUseCase({
  name: 'catalog.add_image',
  permission: 'catalog.manage',
  binaryFields: ['data'],
  schema: z.strictObject({
    productId: z.uuid(),
    data: z.string({ error: 'catalog.images.required' }).min(1, { error: 'catalog.images.required' }).max(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 4, { error: 'catalog.images.tooBig' }),
  }),
  async run(ctx, input) {
    const [product] = await ctx.db.select({ id: products.id }).from(products).where(eq(products.id, input.productId));
    if (!product) throw new NotFoundError();
    const bytes = Buffer.from(input.data, 'base64');
    if (bytes.length > MAX_IMAGE_BYTES) throw new DomainError('catalog.images.tooBig', 'file');
    const type = detectImageType(bytes);
    if (!type) throw new DomainError('catalog.images.badType', 'file');
    const sizes = await resizeImage(bytes);
    if (!sizes) throw new DomainError('catalog.images.badType', 'file');
    const id = randomUUID();
    const storageKey = await storeImageIn(ctx, id, type, bytes);
    await storeImageSizesIn(ctx, storageKey, sizes);
    const [{ next } = { next: 0 }] = await ctx.db.select({ next: sql<number>`coalesce(max(${productImages.position}) + 1, 0)::int` }).from(productImages).where(eq(productImages.productId, input.productId));
    await ctx.db.insert(productImages).values({ id, productId: input.productId, storageKey, contentType: type, sizeBytes: bytes.length, position: next });
    ctx.audit({ action: 'catalog.add_image', entity: 'product', entityId: input.productId, after: { imageId: id, contentType: type, sizeBytes: bytes.length } });
    return { id };
  },
});

export const removeProductImage = defineUseCase({
  name: 'catalog.remove_image',
  permission: 'catalog.manage',
  schema: z.strictObject({ id: z.uuid() }),
  async run(ctx, input) {
    const [row] = await ctx.db.delete(productImages).where(eq(productImages.id, input.id)).returning();
    if (!row) throw new NotFoundError();
    ctx.audit({ action: 'catalog.remove_image', entity: 'product', entityId: row.productId, before: { imageId: row.id } });
    // The files go once the row is gone for good: a rolled-back removal keeps its image whole.
    ctx.onCommit(() => removeImageWithSizes(row.storageKey));
    return { id: row.id };
  },
});
