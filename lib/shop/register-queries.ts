import 'server-only';
import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbExecutor } from '@/db/client';
import { registerMovements, registerSessions, registers, sales, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import type { Actor } from '@/lib/server/context';
import { isUuid } from '@/lib/server/ids';
import type { CurrentShop } from './current';
import { sessionExpected } from './register-totals';
import { countDifference } from './sale-math';
import { shopRecordScope } from './scope';

const closer = alias(users, 'closer');

/** The shop's last closed sessions, with their difference (counted − expected, all methods). */
export async function recentSessions(db: DbExecutor, actor: Actor, shop: CurrentShop, limit = 10) {
  assertCan(actor, 'registers.operate');
  return db
    .select({
      id: registerSessions.id,
      register: registers.name,
      openedAt: registerSessions.openedAt,
      closedAt: registerSessions.closedAt,
      closedBy: closer.name,
      expected: registerSessions.expected,
      counted: registerSessions.counted,
    })
    .from(registerSessions)
    .innerJoin(registers, eq(registers.id, registerSessions.registerId))
    .leftJoin(closer, eq(closer.id, registerSessions.closedById))
    .where(and(eq(registerSessions.shopId, shop.id), isNotNull(registerSessions.closedAt), shopRecordScope(actor, registerSessions.shopId)))
    .orderBy(desc(registerSessions.closedAt))
    .limit(limit)
    .then((rows) => rows.map(({ expected, counted, ...row }) => ({ ...row, differenceCents: expected && counted ? countDifference(expected, counted).totalCents : 0 })));
}

/**
 * One session's report (the shop's, in the actor's scope): who opened and closed it, its float, its
 * withdrawals and deposits, its sales count and total, and expected vs counted per method — frozen at
 * closing, live while it is open. Null when out of scope.
 */
export async function sessionReport(db: DbExecutor, actor: Actor, sessionId: string) {
  assertCan(actor, 'registers.operate');
  if (!isUuid(sessionId)) return null;
  const opener = alias(users, 'opener');
  const [session] = await db
    .select({ session: registerSessions, register: registers.name, openedBy: opener.name, closedBy: closer.name })
    .from(registerSessions)
    .innerJoin(registers, eq(registers.id, registerSessions.registerId))
    .leftJoin(opener, eq(opener.id, registerSessions.openedById))
    .leftJoin(closer, eq(closer.id, registerSessions.closedById))
    .where(and(eq(registerSessions.id, sessionId), shopRecordScope(actor, registerSessions.shopId)));
  if (!session) return null;
  const [movements, [tally], expected] = await Promise.all([
    db
      .select({ id: registerMovements.id, kind: registerMovements.kind, amountCents: registerMovements.amountCents, reason: registerMovements.reason, at: registerMovements.at, by: users.name })
      .from(registerMovements)
      .leftJoin(users, eq(users.id, registerMovements.actorId))
      .where(eq(registerMovements.sessionId, sessionId))
      .orderBy(asc(registerMovements.at)),
    db
      .select({ count: sql<number>`count(*) filter (where ${sales.status} = 'completed')::int`, totalCents: sql<number>`coalesce(sum(${sales.totalCents}) filter (where ${sales.status} = 'completed'), 0)`.mapWith(Number) })
      .from(sales)
      .where(eq(sales.sessionId, sessionId)),
    session.session.expected ? Promise.resolve(session.session.expected) : sessionExpected(db, sessionId),
  ]);
  return { ...session, movements, sales: tally ?? { count: 0, totalCents: 0 }, expected };
}
export type SessionReport = NonNullable<Awaited<ReturnType<typeof sessionReport>>>;
