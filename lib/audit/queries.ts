import 'server-only';
import { and, desc, eq, gte, ilike, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import type { Actor } from '@/lib/server/context';
import { NotFoundError } from '@/lib/server/errors';
import { cappedCount } from '@/lib/server/capped-count';
import { distinctValues } from '@/lib/server/distinct-values';
import { containsPattern } from '@/lib/server/search';
import { ACCESS_ACTIONS, isAccessAction } from './access-actions';
import { AUDIT_PAGE_SIZE, type AuditFilter } from './schemas';

/** Day boundaries are São Paulo days, stored instants are UTC. Sign-ins show only when asked for (the filter, or choosing such an action). */
function whereFor(f: AuditFilter): SQL | undefined {
  const showAccess = f.logins === '1' || (f.action !== undefined && isAccessAction(f.action));
  const conditions: (SQL | undefined)[] = [
    showAccess ? undefined : notInArray(auditLog.action, [...ACCESS_ACTIONS]),
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.actor ? eq(auditLog.actorId, f.actor) : undefined,
    f.from ? gte(auditLog.at, sql`(${f.from}::date)::timestamp AT TIME ZONE 'America/Sao_Paulo'`) : undefined,
    f.to ? lt(auditLog.at, sql`(${f.to}::date + 1)::timestamp AT TIME ZONE 'America/Sao_Paulo'`) : undefined,
    f.q ? or(ilike(users.name, containsPattern(f.q)), ilike(users.email, containsPattern(f.q)), ilike(auditLog.entityId, containsPattern(f.q))) : undefined,
  ];
  return and(...conditions);
}

const columns = {
  id: auditLog.id,
  at: auditLog.at,
  actorId: auditLog.actorId,
  actorName: users.name,
  actorRole: auditLog.actorRole,
  action: auditLog.action,
  entity: auditLog.entity,
  entityId: auditLog.entityId,
  before: auditLog.before,
  after: auditLog.after,
};

export async function listAudit(db: DbExecutor, actor: Actor, filter: AuditFilter, pageSize = AUDIT_PAGE_SIZE) {
  assertCan(actor, 'audit.read');
  const where = whereFor(filter);
  const [rows, count] = await Promise.all([
    db
      .select(columns)
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(pageSize)
      .offset((filter.page - 1) * pageSize),
    // The actor's name is only needed to count when the search looks at it.
    cappedCount(db, filter.q ? db.select({ one: sql`1` }).from(auditLog).leftJoin(users, eq(users.id, auditLog.actorId)).where(where).$dynamic() : db.select({ one: sql`1` }).from(auditLog).where(where).$dynamic()),
  ]);
  return { rows, ...count, page: filter.page, pageSize };
}

/** One audit entry (its page: who, when, what, the record, the fields before and after); not-found for an id that is not one. */
export async function getAuditEntry(db: DbExecutor, actor: Actor, id: string) {
  assertCan(actor, 'audit.read');
  if (!/^\d{1,18}$/.test(id)) throw new NotFoundError();
  const [row] = await db.select(columns).from(auditLog).leftJoin(users, eq(users.id, auditLog.actorId)).where(eq(auditLog.id, Number(id)));
  if (!row) throw new NotFoundError();
  return row;
}

/** The latest rows about one record (a user's page), newest first, read through the (entity, entity_id) index. */
export async function recordHistory(db: DbExecutor, actor: Actor, entity: string, entityId: string, limit = 10) {
  assertCan(actor, 'audit.read');
  return db
    .select(columns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
}

/** Every row matching the filter, newest first, in chunks (for CSV export). Pages by (at, id), so rows written meanwhile neither repeat nor go missing. */
export async function* iterateAudit(db: DbExecutor, actor: Actor, filter: AuditFilter, chunk = 1000) {
  assertCan(actor, 'audit.read');
  const where = whereFor(filter);
  const page = (cursor: SQL | undefined) =>
    db
      .select({ ...columns, atExact: sql<string>`${auditLog.at}::text` })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(where, cursor))
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(chunk);
  let cursor: SQL | undefined;
  for (;;) {
    const rows = await page(cursor);
    for (const { atExact: _exact, ...row } of rows) yield row;
    if (rows.length < chunk) return;
    const last = rows[rows.length - 1]!;
    // Microsecond precision: a JS Date would truncate and skip rows within the same millisecond.
    cursor = sql`(${auditLog.at}, ${auditLog.id}) < (${last.atExact}::timestamptz, ${last.id})`;
  }
}

export async function auditFacets(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'audit.read');
  const [entities, actions] = await Promise.all([distinctValues(db, auditLog.entity), distinctValues(db, auditLog.action)]);
  return { entities, actions };
}
