import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { productImages } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { getCurrentActor } from '@/lib/auth/session';
import { imageResponse, readImage } from './images';
import { isUuid } from '@/lib/server/ids';

/** GET /api/imagens/:id — a product image with its real content type, for signed-in catalog users. */
export async function serveProductImage(id: string): Promise<Response> {
  const actor = await getCurrentActor();
  if (!actor) return new Response('Unauthorized', { status: 401 });
  if (!can(actor.role, 'storefront.browse') && !can(actor.role, 'catalog.manage')) return new Response('Forbidden', { status: 403 });
  if (!isUuid(id)) return new Response('Not found', { status: 404 });
  const [image] = await getDb().select().from(productImages).where(eq(productImages.id, id));
  if (!image) return new Response('Not found', { status: 404 });
  const body = await readImage(image.storageKey).catch(() => null);
  if (!body) return new Response('Not found', { status: 404 });
  return imageResponse(body, image.contentType);
}
