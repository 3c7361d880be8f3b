import 'server-only';
import { eq } from 'drizzle-orm';
import { productImages } from '@/db/schema';
import { routeHandler } from '@/lib/server/route-handler';
import { NotFoundError } from '@/lib/server/errors';
import { isUuid } from '@/lib/server/ids';
import { imageResponse, readImage } from './images';

/** GET /api/imagens/:id — a product image with its real content type, for signed-in catalog users. */
export const serveProductImage = routeHandler('catalog.images', async ({ db, params }) => {
  if (!isUuid(params.id ?? '')) throw new NotFoundError();
  const [image] = await db.select().from(productImages).where(eq(productImages.id, params.id ?? ''));
  const body = image ? await readImage(image.storageKey).catch(() => null) : null;
  if (!image || !body) throw new NotFoundError();
  return imageResponse(body, image.contentType);
});
