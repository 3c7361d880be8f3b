import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { customerImports } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import type { MessageKey } from '@/lib/i18n/message-key';
import type { Actor } from '@/lib/server/context';
import { NotFoundError } from '@/lib/server/errors';
import { isUuid } from '@/lib/server/ids';

const columns = {
  id: customerImports.id,
  filename: customerImports.filename,
  status: customerImports.status,
  totalRows: customerImports.totalRows,
  toCreate: customerImports.toCreate,
  toUpdate: customerImports.toUpdate,
  unchanged: customerImports.unchanged,
  invalid: customerImports.invalid,
  processed: customerImports.processed,
  created: customerImports.created,
  updated: customerImports.updated,
  error: customerImports.error,
  createdAt: customerImports.createdAt,
  finishedAt: customerImports.finishedAt,
};

/** An import is visible to whoever uploaded it. */
export async function getCustomerImport(db: DbExecutor, actor: Actor, id: string) {
  assertCan(actor, 'customers.import');
  if (!isUuid(id)) throw new NotFoundError();
  const [row] = await db
    .select({ ...columns, report: customerImports.report })
    .from(customerImports)
    .where(and(eq(customerImports.id, id), eq(customerImports.createdById, actor.userId)));
  if (!row) throw new NotFoundError();
  return row as typeof row & { report: { line: number; document: string; name: string; errors: { field: string; message: MessageKey }[] }[] };
}

export async function listRecentImports(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'customers.import');
  return db.select(columns).from(customerImports).where(eq(customerImports.createdById, actor.userId)).orderBy(desc(customerImports.createdAt)).limit(10);
}

export type ImportProgress = Omit<Awaited<ReturnType<typeof getCustomerImport>>, 'report'>;
