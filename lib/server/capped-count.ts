import { sql } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import type { DbExecutor } from '@/db/client';

/** Past this many rows a list says "more than 10,000" instead of counting millions on every request. */
export const COUNT_CAP = 10_000;

export type CappedTotal = { total: number; capped: boolean };

/**
 * How many rows `rows` (a select of the list's from/joins/where) returns, counting at most `cap`:
 * the cost stays that of reading `cap` index entries however large the table grows.
 */
export async function cappedCount(db: DbExecutor, rows: PgSelect, cap = COUNT_CAP): Promise<CappedTotal> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(rows.limit(cap + 1).as('counted'));
  const n = row?.n ?? 0;
  return { total: Math.min(n, cap), capped: n > cap };
}
