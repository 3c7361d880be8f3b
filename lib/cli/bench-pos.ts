import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { createDb } from '@/db/client';
import { productVariants, registerSessions, saleLines, salePayments, sales, shopProducts, shops, users } from '@/db/schema';
import { receive } from '@/lib/stock';
import { receivingLocation } from '@/lib/shop/receipts';
import { startAppServer } from './app-server';
import { loginCookies, percentile } from './bench/http';

/**
 * `npm run bench:pos` (after `npm run build`): counter sales finished against the production server,
 * through the same server action the POS calls, from several concurrent clients — each sale 3 lines
 * and a cash payment, priced, settled, stock moved with its ledger, audited. Prints sales per second
 * and the p50/p95 time of a sale, and the same figures for a bare INSERT of the same rows (a sale,
 * 3 lines, a payment) on the same database, with the ratio between them. Target: p95 ≤ 150 ms.
 */
const SALES = Number(process.env.BENCH_SALES ?? 200);
/** Concurrent clients, one run each: a counter has 1–4 tills; 8 shows the machine saturated. */
const LEVELS = (process.env.BENCH_CONCURRENCY ?? '1,4,8').split(',').map(Number);
const CONCURRENCY = Math.max(...LEVELS);
const SHOP = 'Aurora Centro — Florianópolis';

function finishSaleActionId(): string {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as { node: Record<string, { filename: string; exportedName: string }> };
  const entry = Object.entries(manifest.node).find(([, v]) => v.filename === 'lib/shop/actions.ts' && v.exportedName === 'finishSaleAction');
  if (!entry) throw new Error('finishSaleAction is not in the build: run `npm run build`');
  return entry[0];
}

async function timed<T>(count: number, concurrency: number, one: (i: number) => Promise<T>) {
  const ms: number[] = [];
  let next = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) {
        const s = performance.now();
        await one(i);
        ms.push(performance.now() - s);
      }
    }),
  );
  const wall = performance.now() - t;
  return { perSecond: (count / wall) * 1000, p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

const server = await startAppServer({ worker: false });
const { db, close } = createDb(server.databaseUrl, { max: CONCURRENCY + 2 });
try {
  const actionId = finishSaleActionId();
  const [shop] = await db.select().from(shops).where(eq(shops.name, SHOP));
  const [session] = await db.select({ id: registerSessions.id }).from(registerSessions).where(and(eq(registerSessions.shopId, shop!.id), isNull(registerSessions.closedAt)));
  const variants = (
    await db.select({ id: productVariants.id }).from(productVariants).innerJoin(shopProducts, and(eq(shopProducts.productId, productVariants.productId), eq(shopProducts.shopId, shop!.id))).orderBy(asc(productVariants.sku))
  ).map((v) => v.id);
  // Plenty on the shelf: the bench times selling, not running out.
  await receive(db, { locationId: await receivingLocation(db, shop!.id), lines: variants.map((variantId) => ({ variantId, quantity: 1_000_000 })), source: { actorId: null, reason: 'bench' } });
  const cookies = await loginCookies(server.baseUrl, ['lojista', 'usuario'], 'venda123');
  const lines = (i: number) => [0, 1, 2].map((k) => ({ variantId: variants[(i * 3 + k) % variants.length]!, quantity: 1 + (k % 2), discount: '' }));

  const sell = async (i: number) => {
    const clerk = i % 2 ? 'usuario' : 'lojista';
    const res = await fetch(`${server.baseUrl}/${clerk}/pdv`, {
      method: 'POST',
      headers: { 'Next-Action': actionId, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', Origin: server.baseUrl, cookie: cookies[clerk] },
      body: JSON.stringify([{ idempotencyKey: randomUUID(), sessionId: session!.id, consumerId: '', discount: '', lines: lines(i), payments: [{ method: 'cash', amount: '99.999,00', installments: 1 }] }]),
    });
    const body = await res.text();
    if (res.status !== 200 || !body.includes('"ok":true')) throw new Error(`sale ${i} failed (${res.status}): ${body.slice(0, 300)}`);
  };
  const [seller] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'usuario@venda.local'));
  const locationId = await receivingLocation(db, shop!.id);
  const insert = async (i: number) =>
    db.transaction(async (tx) => {
      const [sale] = await tx
        .insert(sales)
        .values({ shopId: shop!.id, sessionId: session!.id, locationId, sellerId: seller!.id, subtotalCents: 30_000, totalCents: 30_000, idempotencyKey: randomUUID() })
        .returning({ id: sales.id });
      await tx.insert(saleLines).values(lines(i).map((l, position) => ({ saleId: sale!.id, variantId: l.variantId, description: 'bench', sku: 'bench', quantity: l.quantity, unitPriceCents: 10_000, totalCents: 10_000 * l.quantity, position })));
      await tx.insert(salePayments).values({ saleId: sale!.id, method: 'cash', amountCents: 30_000 });
    });

  // Warm-up (JIT, caches, the action's module), not counted.
  await timed(Math.min(40, SALES), CONCURRENCY, sell);
  await timed(Math.min(40, SALES), CONCURRENCY, insert);
  const f = (n: number) => n.toFixed(1);
  console.log(`bench:pos — ${SALES} sales of 3 lines and a cash payment per run, through the finish-sale server action`);
  for (const clients of LEVELS) {
    const app = await timed(SALES, clients, sell);
    const bare = await timed(SALES, clients, insert);
    console.log(`  ${clients} client(s)`);
    console.log(`    app   ${f(app.perSecond)} sales/s · p50 ${f(app.p50)} ms · p95 ${f(app.p95)} ms ${app.p95 <= 150 ? '(within the 150 ms target)' : '(ABOVE the 150 ms target)'}`);
    console.log(`    bare  ${f(bare.perSecond)} inserts/s · p50 ${f(bare.p50)} ms · p95 ${f(bare.p95)} ms (the same rows, one transaction each)`);
    console.log(`    ratio ${f((app.perSecond / bare.perSecond) * 100)}% of the bare throughput · p95 ${f(app.p95 / bare.p95)}× the bare p95`);
  }
} finally {
  await close();
  await server.stop();
}
