import 'server-only';
import { getDb } from '@/db/client';
import { getCurrentActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { CSV_BOM, csvLine } from '@/lib/csv';
import { iterateAudit } from './queries';
import { auditFilterSchema } from './schemas';

/** Streams the filtered audit log as CSV. A route handler is a public endpoint: it checks the caller itself. */
export async function exportAuditCsv(request: Request): Promise<Response> {
  const actor = await getCurrentActor();
  if (!actor) return new Response('Unauthorized', { status: 401 });
  if (!can(actor.role, 'audit.read')) return new Response('Forbidden', { status: 403 });
  const filter = auditFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const encoder = new TextEncoder();
  const rows = iterateAudit(getDb(), actor, filter);
  const stream = new ReadableStream({
    async start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvLine(['at_utc', 'actor', 'actor_role', 'action', 'entity', 'entity_id', 'before', 'after'])));
      for await (const r of rows) {
        controller.enqueue(encoder.encode(csvLine([r.at, r.actorName, r.actorRole, r.action, r.entity, r.entityId, r.before, r.after])));
      }
      controller.close();
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="auditoria-${stamp}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
