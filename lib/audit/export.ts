import 'server-only';
import { getDb } from '@/db/client';
import { getCurrentActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { csvDownload } from '@/lib/csv';
import { iterateAudit } from './queries';
import { auditFilterSchema } from './schemas';

const AUDIT_COLUMNS = ['at_utc', 'actor', 'actor_role', 'action', 'entity', 'entity_id', 'before', 'after'] as const;

/** Streams the filtered audit log as CSV. A route handler is a public endpoint: it checks the caller itself. */
export async function exportAuditCsv(request: Request): Promise<Response> {
  const actor = await getCurrentActor();
  if (!actor) return new Response('Unauthorized', { status: 401 });
  if (!can(actor.role, 'audit.read')) return new Response('Forbidden', { status: 403 });
  const filter = auditFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return csvDownload('auditoria', AUDIT_COLUMNS, iterateAudit(getDb(), actor, filter), (r) => [r.at, r.actorName, r.actorRole, r.action, r.entity, r.entityId, r.before, r.after]);
}
