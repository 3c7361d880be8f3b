import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { makeActors } from '@/db/testing/fixtures';
import { createTestDatabase } from '@/db/testing/test-db';
import type { OrderStatusEmailData } from '@/lib/orders/emails';
import { runJob } from '@/lib/jobs/testing';
import { dispatchOutbox } from './dispatch';
import { enqueueEmail } from './outbox';
import { getOutboxEmail, listOutbox } from './queries';
import { renderEmail } from './render-email';
import { resendSenderFromEnv } from './sender';
import { startWorker } from '@/lib/jobs/worker';

type Received = { headers: IncomingHttpHeaders; body: { to: string; subject: string; html: string; text: string; from: string } };

/** A local stand-in for the Resend API: records each POST /emails; can be told to fail. */
function fakeResend() {
  const received: Received[] = [];
  let failing = false;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      if (failing) {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ name: 'internal_server_error', message: 'boom', statusCode: 500 }));
        return;
      }
      received.push({ headers: req.headers, body: JSON.parse(raw) });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `re_${received.length}` }));
    });
  });
  return {
    received,
    setFailing: (v: boolean) => (failing = v),
    start: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let db: Db;
let url: string;
let drop: () => Promise<void>;
const resend = fakeResend();
let env: Record<string, string>;

beforeAll(async () => {
  ({ db, url, drop } = await createTestDatabase());
  const base = await resend.start();
  env = { RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: base, EMAIL_FROM: 'Venda <no-reply@venda.test>' };
  Object.assign(process.env, env);
});
afterAll(async () => {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  await resend.stop();
  await drop();
});

async function enqueue(key: string) {
  return enqueueEmail(db, {
    template: 'welcome',
    to: `${key}@test.local`,
    locale: 'pt-BR',
    idempotencyKey: key,
    data: { name: 'Ana', email: `${key}@test.local`, loginUrl: 'http://venda.test/login' },
  });
}

describe('outbox dispatch', () => {
  it('has no sender without a key: emails stay in the outbox', () => {
    expect(resendSenderFromEnv({})).toBeNull();
  });

  it('sends pending emails through Resend with one idempotency key per message, once', async () => {
    const a = await enqueue(`msg-a-${Date.now()}`);
    const b = await enqueue(`msg-b-${Date.now()}`);
    const before = resend.received.length;
    const result = await dispatchOutbox(db, resendSenderFromEnv(env)!);
    expect(result).toEqual({ sent: 2, failed: 0 });
    const got = resend.received.slice(before);
    expect(got.map((r) => r.headers['idempotency-key']).sort()).toEqual([...(await keysOf([a, b]))].sort());
    expect(got[0]!.headers.authorization).toBe('Bearer re_test_key');
    expect(got[0]!.body).toMatchObject({ subject: 'Bem-vindo ao Venda', from: 'Venda <no-reply@venda.test>' });
    const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.id, a));
    expect(rows[0]).toMatchObject({ status: 'sent', providerId: expect.stringMatching(/^re_/), attempts: 1 });

    expect(await dispatchOutbox(db, resendSenderFromEnv(env)!)).toEqual({ sent: 0, failed: 0 });
  });

  it('keeps a failed email pending with the error, and sends it on a later run', async () => {
    const id = await enqueue(`msg-fail-${Date.now()}`);
    resend.setFailing(true);
    expect(await dispatchOutbox(db, resendSenderFromEnv(env)!)).toEqual({ sent: 0, failed: 1 });
    const [failed] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringContaining('boom') });
    expect(failed!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    resend.setFailing(false);
    // Not due yet: the backoff holds it back.
    expect(await dispatchOutbox(db, resendSenderFromEnv(env)!)).toEqual({ sent: 0, failed: 0 });
    await db
      .update(emailOutbox)
      .set({ nextAttemptAt: new Date(Date.now() - 1000) })
      .where(eq(emailOutbox.id, id));
    expect(await dispatchOutbox(db, resendSenderFromEnv(env)!)).toEqual({ sent: 1, failed: 0 });
  });

  it('two dispatchers running at once never send the same email twice', async () => {
    const keys = await Promise.all(Array.from({ length: 6 }, (_, i) => enqueue(`msg-race-${i}-${Date.now()}`)));
    const before = resend.received.length;
    const [a, b] = await Promise.all([dispatchOutbox(db, resendSenderFromEnv(env)!), dispatchOutbox(db, resendSenderFromEnv(env)!)]);
    expect(a.sent + b.sent).toBe(6);
    const got = resend.received.slice(before).map((r) => r.headers['idempotency-key']);
    expect(new Set(got).size).toBe(got.length);
    expect(keys).toHaveLength(6);
  });

  it('wipes a sensitive body once sent', async () => {
    const id = await enqueueEmail(db, {
      template: 'password-reset',
      to: 'secret@test.local',
      locale: 'pt-BR',
      idempotencyKey: `reset-${Date.now()}`,
      data: { name: 'Ana', resetUrl: 'http://venda.test/redefinir-senha/TOKEN', hours: 24 },
      sensitive: true,
    });
    await dispatchOutbox(db, resendSenderFromEnv(env)!);
    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row!.status).toBe('sent');
    expect(row!.text).not.toContain('TOKEN');
    expect(row!.data).toBeNull();
    expect(resend.received.at(-1)!.body.text).toContain('TOKEN');
  });

  it('the pg-boss worker sends a new outbox email as soon as its transaction commits', async () => {
    const stop = await startWorker(url, () => {});
    try {
      const key = `msg-worker-${Date.now()}`;
      await db.transaction(async (tx) => {
        await enqueueEmail(tx, { template: 'welcome', to: 'worker@test.local', locale: 'es', idempotencyKey: key, data: { name: 'Ana', email: 'worker@test.local', loginUrl: 'http://x/login' } });
      });
      const deadline = Date.now() + 20_000;
      while (!resend.received.some((r) => r.headers['idempotency-key'] === key) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      const got = resend.received.find((r) => r.headers['idempotency-key'] === key);
      expect(got?.body.to).toEqual('worker@test.local');
      expect(got?.body.subject).toBe('Bienvenido a Venda');
    } finally {
      await stop();
    }
  });
});

describe('rendering in the worker', () => {
  const data: OrderStatusEmailData = {
    name: 'Luiza',
    number: 42,
    customer: 'Boutique Aurora',
    status: 'approved',
    totalCents: 123_456,
    note: null,
    trackingCode: null,
    url: 'http://venda.test/lojista/pedidos/x',
  };
  const queue = (key: string) => enqueueEmail(db, { template: 'order-status', to: `${key}@test.local`, locale: 'pt-BR', idempotencyKey: key, data });
  /** A row as an older or newer build might have left it: a template this one does not have. */
  const queueUnknown = async (key: string) =>
    (
      await db
        .insert(emailOutbox)
        .values({ idempotencyKey: key, template: 'no-such-template', data: { any: 'thing' }, toAddress: `${key}@test.local` })
        .returning({ id: emailOutbox.id })
    )[0]!.id;
  const rowOf = async (id: string) => (await db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0]!;
  const sendJob = () => runJob('email-outbox-dispatch', {}, { db, now: new Date(Date.now() + 60_000), env });

  it('queues the template and its data, unrendered; the job renders exactly what the template renders and keeps it', async () => {
    const key = `render-${Date.now()}`;
    const id = await queue(key);
    expect(await rowOf(id)).toMatchObject({ template: 'order-status', data, locale: 'pt-BR', subject: null, html: null, text: null, status: 'pending' });

    await sendJob();
    const expected = await renderEmail('order-status', data, 'pt-BR');
    expect(await rowOf(id)).toMatchObject({ status: 'sent', attempts: 1, ...expected });
    const got = resend.received.find((r) => r.headers['idempotency-key'] === key)!;
    expect({ subject: got.body.subject, html: got.body.html, text: got.body.text }).toEqual(expected);
  });

  it('sends a row once however often the job runs', async () => {
    const key = `twice-${Date.now()}`;
    const id = await queue(key);
    await sendJob();
    await sendJob();
    await Promise.all([sendJob(), sendJob()]);
    expect(resend.received.filter((r) => r.headers['idempotency-key'] === key)).toHaveLength(1);
    expect(await rowOf(id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('a template the registry does not know is dead at once, with the reason, and never sent', async () => {
    const key = `unknown-${Date.now()}`;
    const id = await queueUnknown(key);
    await sendJob();
    expect(await rowOf(id)).toMatchObject({ status: 'failed', attempts: 1, subject: null, lastError: 'unknown email template "no-such-template": it is not listed in lib/email/registry.ts' });
    await sendJob();
    expect((await rowOf(id)).attempts).toBe(1);
    expect(resend.received.some((r) => r.headers['idempotency-key'] === key)).toBe(false);
  });

  it('the admin outbox shows a row not sent yet as it will be sent, rendering on read without writing', async () => {
    const { admin } = await makeActors(db);
    const id = await enqueueEmail(db, {
      template: 'welcome',
      to: 'read@test.local',
      locale: 'en',
      idempotencyKey: `read-${Date.now()}`,
      data: { name: 'Ana', email: 'read@test.local', loginUrl: 'http://venda.test/login' },
    });
    expect((await listOutbox(db, admin)).find((e) => e.id === id)).toMatchObject({ subject: 'Welcome to Venda', status: 'pending' });
    const email = await getOutboxEmail(db, admin, id);
    expect(email).toMatchObject(await renderEmail('welcome', { name: 'Ana', email: 'read@test.local', loginUrl: 'http://venda.test/login' }, 'en'));
    expect(await rowOf(id)).toMatchObject({ subject: null, text: null, status: 'pending' });
    const unknown = await queueUnknown(`unknown-read-${Date.now()}`);
    expect((await listOutbox(db, admin)).find((e) => e.id === unknown)!.subject).toBe('no-such-template');
    expect((await getOutboxEmail(db, admin, unknown)).text).toContain('unknown email template "no-such-template"');
  });
});

async function keysOf(ids: string[]) {
  const rows = await db.select({ id: emailOutbox.id, key: emailOutbox.idempotencyKey }).from(emailOutbox);
  return rows.filter((r) => ids.includes(r.id)).map((r) => r.key);
}
