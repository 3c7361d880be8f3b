import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbExecutor } from '@/db/client';
import { NotFoundError } from './errors';
import { isUuid } from './ids';

type TableWithId = PgTable & { id: PgColumn };

/**
 * "This record, inside my scope": the row with `id` that `scope` (customerScope, orderScope,
 * shopRecordScope…) lets the actor see, locked for the rest of the transaction unless `lock: false`.
 * Anything else — another shop's record, a malformed id — answers as if it did not exist.
 */
export async function findInScope<T extends TableWithId>(db: DbExecutor, table: T, id: string, scope: SQL, options: { lock?: boolean } = {}): Promise<T['$inferSelect']> {
  if (!isUuid(id)) throw new NotFoundError();
  const query = db
    .select()
    .from(table as PgTable)
    .where(and(eq(table.id, id), scope));
  const [row] = (options.lock === false ? await query : await query.for('update')) as T['$inferSelect'][];
  if (!row) throw new NotFoundError();
  return row;
}
