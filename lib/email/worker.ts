import { PgBoss } from 'pg-boss';
import postgres from 'postgres';
import { eq } from 'drizzle-orm';
import { createDb } from '@/db/client';
import { customerImports } from '@/db/schema';
import { runCustomerImport } from '@/lib/crm/import';
import { IMPORT_CHANNEL } from '@/lib/crm/import-use-cases';
import { dispatchOutbox } from './dispatch';
import { OUTBOX_CHANNEL } from './outbox';
import { resendSenderFromEnv } from './sender';

const QUEUE = 'email-outbox-dispatch';
const IMPORT_QUEUE = 'customer-import';

/**
 * The background job runner (pg-boss): sends the email outbox through Resend, and runs customer imports.
 * A NOTIFY from each new outbox row enqueues a run at once; a cron run each minute retries failures.
 * With no RESEND_API_KEY nothing is sent and emails stay readable in the admin area.
 */
export async function startWorker(url: string, log: (m: string) => void = console.log): Promise<() => Promise<void>> {
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss' });
  boss.on('error', (e) => log(`[worker] ${e.message}`));
  await boss.start();
  await boss.createQueue(QUEUE);
  const { db, close } = createDb(url, { max: 3 });
  const sender = resendSenderFromEnv();
  if (!sender) log('[worker] RESEND_API_KEY not set: emails stay in the outbox (Admin › E-mails).');

  await boss.work(QUEUE, async () => {
    if (!sender) return;
    const r = await dispatchOutbox(db, sender);
    if (r.sent || r.failed) log(`[worker] outbox: ${r.sent} sent, ${r.failed} failed`);
  });
  await boss.schedule(QUEUE, '* * * * *');

  await boss.createQueue(IMPORT_QUEUE);
  await boss.work<{ id: string }>(IMPORT_QUEUE, async ([job]) => {
    if (job) await runCustomerImport(db, job.data.id);
  });

  const listener = postgres(url, { max: 1, onnotice: () => {} });
  await listener.listen(OUTBOX_CHANNEL, () => {
    void boss.send(QUEUE, {}, { singletonKey: 'dispatch', singletonSeconds: 1 });
  });
  await listener.listen(IMPORT_CHANNEL, (id) => {
    void boss.send(IMPORT_QUEUE, { id }, { singletonKey: `import:${id}` });
  });
  // Imports queued while no runner was listening.
  for (const row of await db.select({ id: customerImports.id }).from(customerImports).where(eq(customerImports.status, 'queued'))) {
    await boss.send(IMPORT_QUEUE, { id: row.id }, { singletonKey: `import:${row.id}` });
  }
  log('[worker] job runner started');
  return async () => {
    await listener.end({ timeout: 2 });
    await boss.stop({ graceful: true, timeout: 5000 });
    await close();
  };
}
