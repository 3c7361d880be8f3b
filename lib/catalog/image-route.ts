import 'server-only';
import { routeHandler } from '@/lib/server/route-handler';
import { NotFoundError } from '@/lib/server/errors';
import { productImageFor } from './image-access';
import { imageResponse, readImage } from './images';

/** GET /api/imagens/:id — a product image, visible exactly when its product is (image-access.ts). */
export const serveProductImage = routeHandler('catalog.images', async ({ db, actor, params }) => {
  const image = await productImageFor(db, actor, params.id ?? '');
  const body = image ? await readImage(image.storageKey).catch(() => null) : null;
  if (!image || !body) throw new NotFoundError();
  return imageResponse(body, image.contentType);
});
