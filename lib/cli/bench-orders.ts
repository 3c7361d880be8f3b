import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { createDb, type Db } from '@/db/client';
import { startEmbeddedPostgres } from '@/db/embedded';
import { migrateDatabase } from '@/db/migrate';
import { channels, customers, orderLines, orders, productVariants, stockLevels, users } from '@/db/schema';
import { channelLocationId, receive } from '@/lib/stock';
import { seedDemo } from '@/db/seed/demo';
import { freePort } from '@/db/testing/free-port';
import { loadActor } from '@/lib/auth/actor';
import { approveOrder } from '@/lib/orders/lifecycle-use-cases';
import { runUseCase } from '@/lib/server/use-case';
import { openProbe, PROBE_FLAGS } from './bench/pg-probe';

/**
 * `npm run bench:orders`: approvals per second on a throwaway embedded PostgreSQL, each one
 * reserving stock with its row locks, credit check, ledger rows, audit and emails. Orders that all
 * compete for the same two variants are timed against orders on variants of their own, so the
 * ratio shows what the lock order costs under contention.
 */
const ORDERS = Number(process.env.BENCH_ORDERS ?? 150);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

const dir = mkdtempSync(path.join(os.tmpdir(), 'venda-bench-'));
chmodSync(dir, 0o755);
const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'data'), port: await freePort(), database: 'bench', persistent: false, flags: [...PROBE_FLAGS, '-c', 'pg_stat_statements.track_planning=on'] });

/** Submitted orders straight into the tables: `variantsOf(i)` are the variants order i asks 1 unit of. */
async function submittedOrders(db: Db, channelId: string, customerIds: string[], variantsOf: (i: number) => { id: string; productId: string }[]) {
  const ids: string[] = [];
  for (let i = 0; i < ORDERS; i++) {
    const lines = variantsOf(i);
    const [o] = await db
      .insert(orders)
      .values({ customerId: customerIds[i % customerIds.length]!, channelId, status: 'submitted', subtotalCents: 10_000 * lines.length, totalCents: 10_000 * lines.length, submittedAt: new Date() })
      .returning({ id: orders.id });
    await db.insert(orderLines).values(lines.map((v) => ({ orderId: o!.id, productId: v.productId, variantId: v.id, quantity: 1, unitPriceCents: 10_000 })));
    ids.push(o!.id);
  }
  return ids;
}

/** Approves every order with `CONCURRENCY` workers; returns the wall time and how many were approved. */
async function approveAll(db: Db, actor: NonNullable<Awaited<ReturnType<typeof loadActor>>>, ids: string[]) {
  const queue = [...ids];
  let approved = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let id = queue.shift(); id; id = queue.shift()) {
        const r = await runUseCase({ db, actor }, approveOrder, { orderId: id });
        if (r.ok) approved++;
      }
    }),
  );
  return { ms: performance.now() - t, approved };
}

try {
  await migrateDatabase(pg.url);
  const { db, close } = createDb(pg.url, { max: CONCURRENCY + 2 });
  await seedDemo(db, () => {});
  await db.update(customers).set({ creditLimitCents: 1_000_000_000_000 });
  const [comercialUser] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'comercial@venda.local'));
  const actor = (await loadActor(db, comercialUser!.id))!;
  const [channel] = await db.select({ id: channels.id }).from(channels).where(eq(channels.code, 'RS-MATRIZ'));
  const customerIds = (await db.select({ id: customers.id }).from(customers).orderBy(asc(customers.name))).map((c) => c.id);
  const variants = await db.select({ id: productVariants.id, productId: productVariants.productId }).from(productVariants).orderBy(asc(productVariants.sku));
  if (variants.length < ORDERS * 4 + 2) throw new Error(`bench needs ${ORDERS * 4 + 2} variants, the demo has ${variants.length}`);
  const locationId = await channelLocationId(db, channel!.id);
  await receive(db, { locationId, lines: variants.map((v) => ({ variantId: v.id, quantity: 1_000_000 })), source: { actorId: null, reason: 'bench' } });

  // Warm-up (JIT, caches, email templates), not counted: the same kind of run as the baseline.
  await approveAll(db, actor, await submittedOrders(db, channel!.id, customerIds, (i) => [variants[2 + 2 * i]!, variants[3 + 2 * i]!]));
  // Baseline: every order on two variants of its own, so approvals never wait for one another.
  const own = await submittedOrders(db, channel!.id, customerIds, (i) => [variants[2 + 2 * ORDERS + 2 * i]!, variants[3 + 2 * ORDERS + 2 * i]!]);
  const probe = await openProbe(pg.url);
  const [pgBefore, statementsBefore] = [await probe.executionMs(), await probe.statements()];
  const baseline = await approveAll(db, actor, own);
  const pgMsBaseline = (await probe.executionMs()) - pgBefore;
  const statementsBaseline = (await probe.statements()) - statementsBefore;
  await probe.close();
  // Contended: every order on the same two variants.
  const shared = await submittedOrders(db, channel!.id, customerIds, () => variants.slice(0, 2));
  const contended = await approveAll(db, actor, shared);
  const [left] = await db
    .select({ reserved: sql<number>`min(${stockLevels.reserved})::int` })
    .from(stockLevels)
    .where(and(eq(stockLevels.locationId, locationId), inArray(stockLevels.variantId, variants.slice(0, 2).map((v) => v.id))));

  const rate = (r: { ms: number; approved: number }) => `${((r.approved / r.ms) * 1000).toFixed(0)} approvals/s`;
  console.log(`orders per run: ${ORDERS}, concurrency ${CONCURRENCY}`);
  console.log(`baseline, variants of their own: ${rate(baseline)} (${baseline.approved} approved)`);
  console.log(`contended, the same two variants: ${rate(contended)} (${contended.approved} approved, ${left?.reserved ?? 0} units reserved on each shared variant)`);
  console.log(`ratio contended/baseline (time per approval): ${(contended.ms / contended.approved / (baseline.ms / baseline.approved)).toFixed(2)}x`);
  // What bounds the rate: each worker's time per approval, and how much of it PostgreSQL spent planning and executing its statements (commit included).
  const perApproval = (baseline.ms * CONCURRENCY) / baseline.approved;
  const inPg = pgMsBaseline / baseline.approved;
  console.log(`baseline time per approval per worker: ${perApproval.toFixed(1)} ms, of which PostgreSQL planning and executing: ${inPg.toFixed(1)} ms (${((inPg / perApproval) * 100).toFixed(0)}%); the rest is the round trips of its ${(statementsBaseline / baseline.approved).toFixed(0)} statements and the app's own work, on a machine whose cores PostgreSQL shares`);

  await close();
} finally {
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
