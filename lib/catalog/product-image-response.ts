import { NotFoundError } from '@/lib/server/errors';
import type { RouteContext, RouteParams } from '@/lib/server/route-core';
import { productImageFor } from './image-access';
import { IMAGE_SIZE_NAMES, type ImageSize } from './image-sizes';
import { imageResponse, readImage, sizedKey } from './images';

const isSize = (v: string | null): v is ImageSize => IMAGE_SIZE_NAMES.includes(v as ImageSize);

/**
 * A product image in the page size `?tamanho=thumb|large` asks for (large by default; `original`
 * for the file as uploaded, which the catalog team checks), exactly when
 * its product is visible to the actor (image-access.ts). An image stored before sizes existed is
 * answered with its original.
 */
export async function productImageResponse({ db, actor, params, searchParams }: RouteContext<RouteParams, 'catalog.images'>): Promise<Response> {
  const image = await productImageFor(db, actor, params.id ?? '');
  if (!image) throw new NotFoundError();
  const wanted = searchParams.get('tamanho');
  const sized = wanted === 'original' ? null : await readImage(sizedKey(image.storageKey, isSize(wanted) ? wanted : 'large')).catch(() => null);
  if (sized) return imageResponse(sized, 'image/webp');
  const original = await readImage(image.storageKey).catch(() => null);
  if (!original) throw new NotFoundError();
  return imageResponse(original, image.contentType);
}
