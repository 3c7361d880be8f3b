import sharp from 'sharp';

/** The sizes the pages show, as the longest side in pixels: list thumbnails and the product gallery. */
export const IMAGE_SIZES = { thumb: 240, large: 960 } as const;
export type ImageSize = keyof typeof IMAGE_SIZES;
export const IMAGE_SIZE_NAMES = Object.keys(IMAGE_SIZES) as ImageSize[];

/**
 * The image resized to every page size, as WebP (never enlarged, turned upright by its EXIF
 * orientation). Null when the bytes do not decode as an image, whatever their signature says.
 */
export async function resizeImage(bytes: Uint8Array): Promise<Record<ImageSize, Buffer> | null> {
  try {
    const entries = await Promise.all(
      IMAGE_SIZE_NAMES.map(async (size) => {
        const px = IMAGE_SIZES[size];
        const out = await sharp(bytes).rotate().resize({ width: px, height: px, fit: 'inside', withoutEnlargement: true }).webp({ quality: 80, effort: 2 }).toBuffer();
        return [size, out] as const;
      }),
    );
    return Object.fromEntries(entries) as Record<ImageSize, Buffer>;
  } catch {
    return null;
  }
}
