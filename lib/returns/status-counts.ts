import 'server-only';
import { sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { returns } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
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
