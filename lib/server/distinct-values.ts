import { getTableName, sql, type Column } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';

/**
 * The distinct non-null values of an indexed column, in order, read by skipping through its index
 * (one index probe per value) instead of scanning the table: a filter's options stay instant however
 * many rows the table holds. The column must lead a b-tree index.
 */
export async function distinctValues(db: DbExecutor, column: Column): Promise<string[]> {
  const table = sql.identifier(getTableName(column.table));
  const name = sql.identifier(column.name);
  const rows = await db.execute<{ v: string | null }>(sql`
    WITH RECURSIVE skip AS (
      (SELECT ${name} AS v FROM ${table} WHERE ${name} IS NOT NULL ORDER BY ${name} LIMIT 1)
      UNION ALL
      SELECT (SELECT ${name} FROM ${table} WHERE ${name} > skip.v ORDER BY ${name} LIMIT 1) FROM skip WHERE skip.v IS NOT NULL
    )
    SELECT v::text AS v FROM skip WHERE v IS NOT NULL`);
  return [...rows].map((r) => r.v!).filter(Boolean);
}
