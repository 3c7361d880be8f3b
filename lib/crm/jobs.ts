import { eq } from 'drizzle-orm';
import { customerImports } from '@/db/schema';
import { defineJob } from '@/lib/jobs/define-job';
import { runCustomerImport } from './import';
import { IMPORT_CHANNEL } from './import-use-cases';

/** Applies a queued customer import; `startCustomerImport` wakes it with a NOTIFY on commit. */
export const customerImportJob = defineJob({
  name: 'customer-import',
  async handler(ctx, data: { id: string }) {
    await runCustomerImport(ctx.db, data.id);
  },
  // A retry resumes safely: rows already applied are unchanged the second time.
  retry: { limit: 2, delaySeconds: 30, backoff: true },
  deadLetter: true,
  wakeOn: { channel: IMPORT_CHANNEL, data: (id) => ({ id }) },
  singleton: { key: (data) => `import:${data.id}` },
  // Imports queued while no runner was listening.
  async recover(db) {
    return db.select({ id: customerImports.id }).from(customerImports).where(eq(customerImports.status, 'queued'));
  },
});
