import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { creditNotes, customers, returns } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import { customerScope } from '@/lib/crm/scope';
import type { Actor } from '@/lib/server/context';
import { returnScope } from './scope';
import { RETURN_STATUSES, type ReturnStatus } from './transitions';

/** How many returns sit in each state, within what the actor may see. */
export async function returnStatusCounts(db: DbExecutor, actor: Actor): Promise<Record<ReturnStatus, number>> {
  assertCan(actor, 'returns.read');
  const rows = await db
    .select({ status: returns.status, count: sql<number>`count(*)::int` })
    .from(returns)
    .where(returnScope(actor))
    .groupBy(returns.status);
  const tally = Object.fromEntries(RETURN_STATUSES.map((s) => [s, 0])) as Record<ReturnStatus, number>;
  for (const r of rows) tally[r.status] = r.count;
  return tally;
}

/** Credit notes not yet settled: how many and how much, within the actor's customers. */
export async function openCreditNotes(db: DbExecutor, actor: Actor): Promise<{ count: number; totalCents: number }> {
  assertCan(actor, 'credit_notes.read');
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      totalCents: sql<number>`coalesce(sum(${creditNotes.amountCents}), 0)`.mapWith(Number),
    })
    .from(creditNotes)
    .innerJoin(customers, eq(customers.id, creditNotes.customerId))
    .where(and(eq(creditNotes.status, 'open'), customerScope(actor)));
  return row ?? { count: 0, totalCents: 0 };
}
