import { and, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbExecutor } from '@/db/client';
import type { StateMachine } from './define';

/** A table whose rows have a life cycle: an id, a status and an update time. */
type StatusTable = PgTable & { id: PgColumn; status: PgColumn; updatedAt: PgColumn };

/**
 * Moves a record (locked by the caller) one action along its machine: refuses a move its state does not
 * allow, then writes the new state with a conditional UPDATE (still in the state it was read in), so a
 * concurrent move can never apply twice. Returns the updated row; the caller audits and notifies.
 */
export async function moveRecord<T extends StatusTable, S extends string, A extends string>(
  db: DbExecutor,
  machine: StateMachine<S, A>,
  table: T,
  record: { id: string; status: S },
  action: A,
  changes: Partial<T['$inferInsert']> = {},
): Promise<{ row: T['$inferSelect']; from: S; to: S }> {
  const to = machine.guard(record.status, action);
  const values = { ...changes, status: to, updatedAt: new Date() } as unknown as Parameters<ReturnType<DbExecutor['update']>['set']>[0];
  const [row] = (await db
    .update(table)
    .set(values)
    .where(and(eq(table.id, record.id), eq(table.status, record.status)))
    .returning()) as T['$inferSelect'][];
  // The state changed under us (callers lock the row, but the UPDATE does not rely on it): refuse the same way.
  if (!row) throw machine.refusal(record.status);
  return { row, from: record.status, to };
}
