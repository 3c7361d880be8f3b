import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/env';
import { IMAGE_SIZE_NAMES, type ImageSize } from './image-sizes';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';
const EXTENSION: Record<ImageType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/** The type a file really is, read from its first bytes (the name and the browser's claim are ignored). */
export function detectImageType(bytes: Uint8Array): ImageType | null {
  const b = (i: number) => bytes[i];
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'image/jpeg';
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b(i) === v)) return 'image/png';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.slice(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/** Where uploads live: outside `public/`, served only through the image route. */
export function uploadsDir(): string {
  return path.resolve(env.uploadsDir);
}

export async function storeImage(id: string, type: ImageType, bytes: Uint8Array): Promise<string> {
  const key = `${id}.${EXTENSION[type]}`;
  await mkdir(uploadsDir(), { recursive: true });
  await writeFile(path.join(uploadsDir(), key), bytes);
  return key;
}

/** An original (`<id>.jpg`) or one of its page sizes (`<id>-thumb.webp`). */
const STORAGE_KEY = /^[0-9a-f-]{36}(-thumb|-large)?\.(jpg|png|webp)$/;

/** Where a page size of a stored original lives: beside it, as WebP. */
export function sizedKey(key: string, size: ImageSize): string {
  return key.replace(/\.(jpg|png|webp)$/, `-${size}.webp`);
}

/** Stores the page sizes of an original (see image-sizes.ts), and removes them again if the use case's transaction rolls back. */
export async function storeImageSizesIn(ctx: { onRollback: (undo: () => Promise<void>) => void }, originalKey: string, sizes: Record<ImageSize, Uint8Array>): Promise<void> {
  await mkdir(uploadsDir(), { recursive: true });
  for (const [size, bytes] of Object.entries(sizes) as [ImageSize, Uint8Array][]) {
    const key = sizedKey(originalKey, size);
    await writeFile(path.join(uploadsDir(), key), bytes);
    ctx.onRollback(() => removeImage(key));
  }
}

export async function readImage(key: string): Promise<Buffer> {
  if (!STORAGE_KEY.test(key)) throw new Error('bad storage key');
  return readFile(path.join(uploadsDir(), key));
}

/** Deletes a stored image (a file left behind by a transaction that did not commit); a missing file is fine. */
export async function removeImage(key: string): Promise<void> {
  if (!STORAGE_KEY.test(key)) throw new Error('bad storage key');
  await rm(path.join(uploadsDir(), key), { force: true });
}

/** Deletes an original and its page sizes (an image removed from its product, once that is committed). */
export async function removeImageWithSizes(key: string): Promise<void> {
  await Promise.all([removeImage(key), ...IMAGE_SIZE_NAMES.map((size) => removeImage(sizedKey(key, size)))]);
}

/** Stores an image for a use case, and removes it again if the use case's transaction rolls back. */
export async function storeImageIn(ctx: { onRollback: (undo: () => Promise<void>) => void }, id: string, type: ImageType, bytes: Uint8Array): Promise<string> {
  const key = await storeImage(id, type, bytes);
  ctx.onRollback(() => removeImage(key));
  return key;
}

/** An uploaded image as an HTTP response: its real type, private caching, and no way to run as a document. */
export function imageResponse(body: Buffer, contentType: string): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': contentType,
      'Content-Length': String(body.length),
      'Cache-Control': 'private, max-age=86400, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}
