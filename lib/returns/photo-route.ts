import 'server-only';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { getCurrentActor } from '@/lib/auth/session';
import { imageResponse, readImage } from '@/lib/catalog/images';
import { returnPhotoFor } from './queries';

/** GET /api/devolucoes/fotos/:id — a return photo, only for those who may see the return. */
export async function serveReturnPhoto(id: string): Promise<Response> {
  const actor = await getCurrentActor();
  if (!actor) return new Response('Unauthorized', { status: 401 });
  if (!can(actor.role, 'returns.read')) return new Response('Forbidden', { status: 403 });
  const photo = await returnPhotoFor(getDb(), actor, id);
  const body = photo ? await readImage(photo.storageKey).catch(() => null) : null;
  if (!photo || !body) return new Response('Not found', { status: 404 });
  return imageResponse(body, photo.contentType);
}
