import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { customerImports, customers, emailOutbox } from '@/db/schema';
import { makeActors } from '@/db/testing/fixtures';
import { createTestDatabase } from '@/db/testing/test-db';
import type { Role } from '@/lib/auth/roles';
import { CUSTOMER_CSV_COLUMNS } from '@/lib/crm/csv-format';
import { withCheckDigits } from '@/lib/crm/document';
import { IMPORT_CHANNEL, previewCustomerImport, startCustomerImport } from '@/lib/crm/import-use-cases';
import { customerImportJob } from '@/lib/crm/jobs';
import { enqueueEmail } from '@/lib/email/outbox';
import type { Actor } from '@/lib/server/context';
import { runUseCase } from '@/lib/server/use-case';
import { runJob, runNotified, runScheduledJobs } from './testing';

/** A stand-in for the Resend API that fails while told to. */
let failing = false;
const sentKeys: string[] = [];
const resend: Server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    if (failing) return void res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ name: 'internal_server_error', message: 'boom', statusCode: 500 }));
    sentKeys.push(String(req.headers['idempotency-key']));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `re_${sentKeys.length}` }));
  });
});

let db: Db;
let drop: () => Promise<void>;
let actors: Record<Role, Actor>;
let env: Record<string, string>;
// Ahead of the wall clock, so every row written during the test is already due at t0.
const t0 = new Date(Date.now() + 60 * 60_000);
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  actors = await makeActors(db);
  await new Promise<void>((resolve) => resend.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(resend.address() as AddressInfo).port}`;
  env = { RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: base };
  // The Resend SDK reads its base URL from the process environment.
  process.env.RESEND_BASE_URL = base;
});
afterAll(async () => {
  delete process.env.RESEND_BASE_URL;
  await new Promise<void>((resolve) => resend.close(() => resolve()));
  await drop();
});

describe('jobs driven through the registry with a fixed clock', () => {
  it('the outbox dispatch job retries a failed email only once its backoff has passed on the job clock', async () => {
    const key = `jobs-${Date.now()}`;
    const id = await enqueueEmail(db, { template: 'welcome', to: 'jobs@test.local', locale: 'pt-BR', idempotencyKey: key, data: { name: 'Ana', email: 'jobs@test.local', loginUrl: 'http://venda.test/login' } });

    failing = true;
    expect(await runScheduledJobs({ db, now: t0, env })).toEqual(['email-outbox-dispatch']);
    const [failed] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: at(60) });

    failing = false;
    await runJob('email-outbox-dispatch', {}, { db, now: at(30), env });
    expect(sentKeys).not.toContain(key);
    await runJob('email-outbox-dispatch', {}, { db, now: at(61), env });
    expect(sentKeys).toContain(key);
    const [sent] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, sentAt: at(61) });
  });

  it('the dispatch job sends nothing without a Resend key', async () => {
    const id = await enqueueEmail(db, { template: 'welcome', to: 'nokey@test.local', locale: 'en', idempotencyKey: `nokey-${Date.now()}`, data: { name: 'Ana', email: 'nokey@test.local', loginUrl: 'http://venda.test/login' } });
    await runJob('email-outbox-dispatch', {}, { db, now: t0, env: {} });
    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('the import job runs a started import when its NOTIFY arrives, and recovery finds it while it waits', async () => {
    const document = withCheckDigits('390218475');
    const values: Partial<Record<(typeof CUSTOMER_CSV_COLUMNS)[number], string>> = { documento: document, nome: 'Pessoa Agendada', cidade: 'Recife', uf: 'PE', tipo_uso: 'consumidor' };
    const csv = [CUSTOMER_CSV_COLUMNS.join(','), CUSTOMER_CSV_COLUMNS.map((c) => values[c] ?? '').join(',')].join('\n');
    const ctx = { db, actor: actors.comercial, requestOrigin: 'http://venda.test' };
    const preview = await runUseCase(ctx, previewCustomerImport, { filename: 'clientes.csv', csv });
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    expect(await runUseCase(ctx, startCustomerImport, { id: preview.data.id })).toMatchObject({ ok: true });

    expect(await customerImportJob.recover?.(db)).toContainEqual({ id: preview.data.id });
    expect(await runNotified(IMPORT_CHANNEL, preview.data.id, { db, now: t0 })).toEqual(['customer-import']);

    const [job] = await db.select().from(customerImports).where(eq(customerImports.id, preview.data.id));
    expect(job).toMatchObject({ status: 'done', created: 1 });
    expect(await db.select({ name: customers.name }).from(customers).where(eq(customers.document, document))).toEqual([{ name: 'Pessoa Agendada' }]);
    expect(await customerImportJob.recover?.(db)).not.toContainEqual({ id: preview.data.id });
  });
});
