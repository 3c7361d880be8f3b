import 'server-only';
import { imageResponse, readImage } from '@/lib/catalog/images';
import { NotFoundError } from '@/lib/server/errors';
import { routeHandler } from '@/lib/server/route-handler';
import { returnPhotoFor } from './queries';

/** GET /api/devolucoes/fotos/:id — a return photo, only for those who may see the return. */
export const serveReturnPhoto = routeHandler('returns.read', async ({ db, actor, params }) => {
  const photo = await returnPhotoFor(db, actor, params.id ?? '');
  const body = photo ? await readImage(photo.storageKey).catch(() => null) : null;
  if (!photo || !body) throw new NotFoundError();
  return imageResponse(body, photo.contentType);
});
