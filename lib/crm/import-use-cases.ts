import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { customerImports } from '@/db/schema';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import { defineUseCase } from '@/lib/server/use-case';
import { analyzeCustomerCsv, IMPORT_MAX_ROWS, reportOf } from './import';

export const IMPORT_CHANNEL = 'customer_import';
export const IMPORT_MAX_BYTES = 8 * 1024 * 1024;

const previewSchema = z.strictObject({
  filename: z.string().trim().min(1, { error: 'import.fileRequired' }).max(200),
  csv: z.string().min(1, { error: 'import.fileRequired' }).max(IMPORT_MAX_BYTES, { error: 'import.fileTooBig' }),
});

/** Stores an uploaded CSV with its per-row report, so the user can review it before importing. */
export const previewCustomerImport = defineUseCase({
  name: 'customers.import_preview',
  permission: 'customers.import',
  schema: previewSchema,
  async run(ctx, input) {
    const analysis = await analyzeCustomerCsv(ctx.db, input.csv);
    if (analysis.counts.total === 0) throw new DomainError('import.empty', 'file');
    if (analysis.counts.total > IMPORT_MAX_ROWS) throw new DomainError('import.tooManyRows', 'file', { max: IMPORT_MAX_ROWS });
    const [row] = await ctx.db
      .insert(customerImports)
      .values({
        createdById: ctx.actor.userId,
        filename: input.filename,
        csv: input.csv,
        totalRows: analysis.counts.total,
        toCreate: analysis.counts.create,
        toUpdate: analysis.counts.update,
        unchanged: analysis.counts.unchanged,
        invalid: analysis.counts.invalid,
        report: reportOf(analysis),
      })
      .returning({ id: customerImports.id });
    ctx.audit({ action: 'customers.import_preview', entity: 'customer_import', entityId: row!.id, after: { filename: input.filename, ...analysis.counts } });
    return { id: row!.id };
  },
});

/** Queues the import of the valid rows; the job runner picks it up at once (NOTIFY on commit). */
export const startCustomerImport = defineUseCase({
  name: 'customers.import_start',
  permission: 'customers.import',
  schema: z.strictObject({ id: z.uuid() }),
  async run(ctx, input) {
    const [row] = await ctx.db
      .update(customerImports)
      .set({ status: 'queued' })
      .where(and(eq(customerImports.id, input.id), eq(customerImports.createdById, ctx.actor.userId), eq(customerImports.status, 'previewed')))
      .returning({ id: customerImports.id, toCreate: customerImports.toCreate, toUpdate: customerImports.toUpdate });
    if (!row) throw new NotFoundError();
    if (row.toCreate + row.toUpdate === 0) throw new DomainError('import.nothingToDo');
    await ctx.db.execute(sql`SELECT pg_notify(${IMPORT_CHANNEL}, ${row.id})`);
    ctx.audit({ action: 'customers.import_start', entity: 'customer_import', entityId: row.id });
    return { id: row.id };
  },
});
