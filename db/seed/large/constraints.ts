import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';

/** The tables the bulk phases fill. */
export const BULK_TABLES = ['price_list_items', 'orders', 'order_lines', 'audit_log', 'returns', 'return_lines', 'credit_notes', 'stock_ledger', 'stock_levels'] as const;

/**
 * Drops the foreign keys and the secondary indexes (those not behind a primary key or a constraint)
 * of `tables`, and returns the function that puts every one back exactly as it was (same name, same
 * definition): each index built once from sorted rows, each foreign key checked with one join over
 * all rows, uniqueness checked as the index is built — what pg_dump does to restore a large database.
 * Row-by-row maintenance (a locking lookup per row and key, a random index insert per row and index)
 * would otherwise be most of the load's time. Primary keys, unique constraints and CHECKs stay on.
 */
export async function deferKeysAndIndexes(db: Db, tables: readonly string[]): Promise<() => Promise<{ keys: number; indexes: number }>> {
  const list = `{${tables.join(',')}}`;
  const keys = await db.execute<{ table: string; name: string; definition: string }>(sql`
    SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
    FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY(${list}::text[])
    ORDER BY 1, 2`);
  const indexes = await db.execute<{ name: string; definition: string }>(sql`
    SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS definition
    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
    WHERE x.indrelid::regclass::text = ANY(${list}::text[]) AND NOT x.indisprimary
      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
    ORDER BY 1`);
  for (const k of keys) await db.execute(sql.raw(`ALTER TABLE ${k.table} DROP CONSTRAINT "${k.name}"`));
  for (const i of indexes) await db.execute(sql.raw(`DROP INDEX "${i.name}"`));
  return () =>
    db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL maintenance_work_mem = '512MB'`);
      await tx.execute(sql`SET LOCAL work_mem = '256MB'`);
      for (const i of indexes) await tx.execute(sql.raw(i.definition));
      for (const k of keys) await tx.execute(sql.raw(`ALTER TABLE ${k.table} ADD CONSTRAINT "${k.name}" ${k.definition}`));
      return { keys: keys.length, indexes: indexes.length };
    });
}
