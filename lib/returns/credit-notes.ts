import 'server-only';
import { and, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { DbExecutor } from '@/db/client';
import { creditNotes, customers, returns } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import { customerScope } from '@/lib/crm/scope';
import { inKeysetChunks } from '@/lib/csv';
import type { Actor } from '@/lib/server/context';
import { numberOrName } from '@/lib/server/search';

export const CREDIT_NOTE_PAGE_SIZE = 25;

/** Finance › Notas de crédito filters, read from the URL (bad values are dropped). */
export const creditNoteFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(['open', 'settled']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10000).catch(1),
});
export type CreditNoteFilter = z.infer<typeof creditNoteFilterSchema>;

function whereFor(actor: Actor, f: Pick<CreditNoteFilter, 'q' | 'status'>): SQL | undefined {
  return and(
    customerScope(actor),
    f.status ? eq(creditNotes.status, f.status) : undefined,
    numberOrName(f.q, creditNotes.number, customers.name),
  );
}

const columns = {
  id: creditNotes.id,
  number: creditNotes.number,
  amountCents: creditNotes.amountCents,
  status: creditNotes.status,
  createdAt: creditNotes.createdAt,
  customerName: customers.name,
  customerUf: customers.uf,
  returnId: returns.id,
  returnNumber: returns.number,
};

const base = (db: DbExecutor) => db.select(columns).from(creditNotes).innerJoin(customers, eq(customers.id, creditNotes.customerId)).innerJoin(returns, eq(returns.id, creditNotes.returnId));

/** How many credit notes match the filter, and their sum, within the actor's customers. */
export async function summarizeCreditNotes(db: DbExecutor, actor: Actor, f: Pick<CreditNoteFilter, 'q' | 'status'>): Promise<{ count: number; sumCents: number }> {
  assertCan(actor, 'credit_notes.read');
  const [row] = await db
    .select({ count: sql<number>`count(*)::int`, sumCents: sql<number>`coalesce(sum(${creditNotes.amountCents}), 0)`.mapWith(Number) })
    .from(creditNotes)
    .innerJoin(customers, eq(customers.id, creditNotes.customerId))
    .where(whereFor(actor, f));
  return row ?? { count: 0, sumCents: 0 };
}

/** Credit notes within the actor's customers, filtered and paginated, with the count and the sum of what is filtered. */
export async function listCreditNotes(db: DbExecutor, actor: Actor, f: CreditNoteFilter) {
  assertCan(actor, 'credit_notes.read');
  const [rows, summary] = await Promise.all([
    base(db)
      .where(whereFor(actor, f))
      .orderBy(desc(creditNotes.number))
      .limit(CREDIT_NOTE_PAGE_SIZE)
      .offset((f.page - 1) * CREDIT_NOTE_PAGE_SIZE),
    summarizeCreditNotes(db, actor, f),
  ]);
  return { rows, total: summary.count, sumCents: summary.sumCents, page: f.page, pageSize: CREDIT_NOTE_PAGE_SIZE };
}
export type CreditNoteRow = Awaited<ReturnType<typeof listCreditNotes>>['rows'][number];

/** Everything filtered, newest first, read in chunks for the CSV export. */
export function iterateCreditNotesForExport(db: DbExecutor, actor: Actor, f: CreditNoteFilter) {
  assertCan(actor, 'credit_notes.read');
  const where = whereFor(actor, f);
  return inKeysetChunks(
    (after, limit) => base(db).where(and(where, after)).orderBy(desc(creditNotes.number)).limit(limit),
    (last) => lt(creditNotes.number, last.number),
  );
}
