import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { DbExecutor } from '@/db/client';
import { productImages } from '@/db/schema';
import { resizeImage } from '@/lib/catalog/image-sizes';
import { storeImage, storeImageSizesIn } from '@/lib/catalog/images';
import { silhouetteFor, silhouetteSvg } from '@/lib/catalog/silhouette';

/** Small originals: the seed runs before every browser-test run. */
const WIDTH = 300;
const HEIGHT = 400;

/**
 * One generated photo per product and colour — the category's garment silhouette filled with the
 * colour — stored like an upload (PNG original plus the page sizes), so every demo product shows a photo.
 */
export async function seedCatalogPhotos(db: DbExecutor, items: { productId: string; category: string; colors: string[] }[]): Promise<void> {
  const rows: (typeof productImages.$inferInsert)[] = [];
  const noRollback = { onRollback: () => {} };
  for (const item of items) {
    const kind = silhouetteFor(item.category);
    for (const [position, hex] of item.colors.entries()) {
      const png = await sharp(Buffer.from(silhouetteSvg(kind, hex, WIDTH, HEIGHT))).png({ compressionLevel: 1 }).toBuffer();
      const sizes = await resizeImage(png);
      if (!sizes) throw new Error('demo photo did not render');
      const id = randomUUID();
      const storageKey = await storeImage(id, 'image/png', png);
      await storeImageSizesIn(noRollback, storageKey, sizes);
      rows.push({ id, productId: item.productId, storageKey, contentType: 'image/png', sizeBytes: png.length, position });
    }
  }
  if (rows.length) await db.insert(productImages).values(rows);
}
