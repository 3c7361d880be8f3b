import 'server-only';
import { csvDownload } from '@/lib/csv';
import { routeHandler } from '@/lib/server/route-handler';
import { iterateAudit } from './queries';
import { auditFilterSchema } from './schemas';
import { parseQuery } from '@/lib/server/clean-input';

const AUDIT_COLUMNS = ['at_utc', 'actor', 'actor_role', 'action', 'entity', 'entity_id', 'before', 'after'] as const;

/** Streams the filtered audit log as CSV. */
export const exportAuditCsv = routeHandler('audit.read', async ({ db, actor, searchParams }) => {
  const filter = parseQuery(auditFilterSchema, searchParams);
  return csvDownload('auditoria', AUDIT_COLUMNS, iterateAudit(db, actor, filter), (r) => [r.at, r.actorName, r.actorRole, r.action, r.entity, r.entityId, r.before, r.after]);
});
