import 'server-only';
import { csvDateTime, csvDownload } from '@/lib/csv';
import { translatorFor } from '@/lib/i18n/translator';
import { routeHandler } from '@/lib/server/route-handler';
import { iterateAudit } from './queries';
import { auditFilterSchema } from './schemas';
import { parseQuery } from '@/lib/server/clean-input';

const AUDIT_COLUMNS = ['data_hora', 'actor', 'actor_role', 'action', 'entity', 'entity_id', 'before', 'after'] as const;

/** Streams the filtered audit log as CSV. */
export const exportAuditCsv = routeHandler('audit.read', async ({ db, actor, searchParams }) => {
  const filter = parseQuery(auditFilterSchema, searchParams);
  const t = translatorFor(actor.locale);
  return csvDownload('auditoria', AUDIT_COLUMNS, iterateAudit(db, actor, filter), (r) => [csvDateTime(r.at), r.actorName, r.actorRole ? t(`roles.${r.actorRole}`) : '', r.action, r.entity, r.entityId, r.before, r.after]);
});
