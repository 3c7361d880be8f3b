import 'server-only';
import { routeError } from '@/lib/server/route-core';
import { routeHandler } from '@/lib/server/route-handler';
import { getOutboxAttachment } from './queries';

/** GET /admin/emails/:id/anexos/:n — an outbox email's n-th attachment (a purchase request's PDF), as the supplier receives it. */
export const emailAttachmentHandler = routeHandler('outbox.read', async ({ db, actor, params }) => {
  const index = Number(params.n);
  const file = Number.isInteger(index) && index >= 0 && index < 20 ? await getOutboxAttachment(db, actor, params.id ?? '', index) : null;
  if (!file) return routeError(404, 'errors.notFound');
  return new Response(Buffer.from(file.content), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `inline; filename="${file.filename.replace(/[^\w.-]/g, '_')}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
