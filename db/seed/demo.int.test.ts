import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, inArray, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, customers, emailOutbox, orders, productImages, products, purchaseRequests, registerSessions, returns, sales, stockLevels, users } from '@/db/schema';
import { readImage, sizedKey } from '@/lib/catalog/images';
import { createTestDatabase } from '@/db/testing/test-db';
import { attemptLogin } from '@/lib/auth/login';
import { ROLES } from '@/lib/auth/roles';
import { detectDocument } from '@/lib/crm/document';
import { DEMO_PASSWORD, seedDemo } from './demo';
import { seedDemoOrders } from './demo-orders';
import { seedDemoShop } from './demo-shop';

let db: Db;
let drop: () => Promise<void>;
let uploads: string;
beforeAll(async () => {
  uploads = mkdtempSync(path.join(os.tmpdir(), 'venda-seed-uploads-'));
  process.env.UPLOADS_DIR = uploads;
  ({ db, drop } = await createTestDatabase());
});
afterAll(async () => {
  rmSync(uploads, { recursive: true, force: true });
  delete process.env.UPLOADS_DIR;
  await drop();
});

describe('demo seed', () => {
  it('creates one demo login per role, valid documents, and runs only once', async () => {
    expect(await seedDemo(db, () => {})).toBe(true);
    for (const role of ROLES) {
      const outcome = await attemptLogin(db, { email: `${role}@venda.local`, password: DEMO_PASSWORD, ip: '127.0.0.9' });
      expect(outcome.kind, role).toBe('ok');
    }
    const docs = await db.select({ d: customers.document, t: customers.documentType, uf: customers.uf }).from(customers);
    for (const c of docs) expect(detectDocument(c.d)).toBe(c.t);
    expect(new Set(docs.map((c) => c.uf)).size).toBeGreaterThanOrEqual(8);

    // Every active product shows a photo, stored like an upload with its page sizes.
    const bare = await db.select({ name: products.name }).from(products).where(sql`${products.active} AND NOT EXISTS (SELECT 1 FROM ${productImages} i WHERE i.product_id = ${products.id})`);
    expect(bare).toEqual([]);
    const [photo] = await db.select().from(productImages).limit(1);
    expect((await readImage(sizedKey(photo!.storageKey, 'thumb'))).length).toBeGreaterThan(0);

    const [before] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(await seedDemo(db, () => {})).toBe(false);
    const [after] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(after!.n).toBe(before!.n);
  });
});

describe('demo orders', () => {
  it('puts orders in every state through the use cases, without overselling, and leaves the logins as new', async () => {
    const { db: fresh, drop: dropFresh } = await createTestDatabase();
    try {
      await seedDemo(fresh, () => {});
      expect(await seedDemoOrders(fresh, () => {})).toBe(true);
      const states = await fresh.select({ status: orders.status, n: sql<number>`count(*)::int` }).from(orders).groupBy(orders.status);
      const count = Object.fromEntries(states.map((s) => [s.status, s.n]));
      for (const s of ['draft', 'submitted', 'financial_hold', 'approved', 'rejected', 'invoiced', 'shipped', 'delivered', 'cancelled']) expect(count[s], s).toBeGreaterThanOrEqual(1);
      expect(await fresh.select().from(returns).where(eq(returns.status, 'requested'))).toHaveLength(1);
      // Adding to an existing draft spends no order number: the numbers run without gaps.
      const [numbers] = await fresh.select({ n: sql<number>`count(*)::int`, span: sql<number>`(max(${orders.number}) - min(${orders.number}) + 1)::int` }).from(orders);
      expect(numbers!.span).toBe(numbers!.n);

      // Every submitted order is priced and every reservation is in the ledger and on the shelf.
      const [unpriced] = await fresh.select({ n: sql<number>`count(*)::int` }).from(orders).where(sql`${orders.status} <> 'draft' AND ${orders.totalCents} <= 0`);
      expect(unpriced!.n).toBe(0);
      const [negative] = await fresh.select({ n: sql<number>`count(*)::int` }).from(stockLevels).where(sql`${stockLevels.reserved} < 0 OR ${stockLevels.reserved} > ${stockLevels.onHand}`);
      expect(negative!.n).toBe(0);
      const [reserved] = await fresh.select({ n: sql<number>`coalesce(sum(${stockLevels.reserved}), 0)::int` }).from(stockLevels);
      const held = await fresh.execute(sql`SELECT coalesce(sum(l.quantity), 0)::int AS n FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.status IN ('financial_hold', 'approved', 'invoiced')`);
      expect(reserved!.n).toBe(Number((held as unknown as { n: number }[])[0]!.n));

      const timeline = await fresh.select().from(auditLog).where(eq(auditLog.action, 'orders.deliver'));
      expect(timeline).toHaveLength(1);
      expect((await fresh.select().from(emailOutbox)).length).toBeGreaterThan(10);
      const logins = await fresh.select({ channelId: users.channelId, serving: users.servingCustomerId }).from(users).where(inArray(users.email, ['lojista@venda.local', 'bella@venda.local', 'representante@venda.local']));
      expect(logins.every((u) => u.channelId === null && u.serving === null)).toBe(true);

      expect(await seedDemoOrders(fresh, () => {})).toBe(false);

      // The demo shop: a month of counter sales through the use cases, one voided, today's register open.
      expect(await seedDemoShop(fresh, () => {})).toBe(true);
      const [tally] = await fresh.select({ n: sql<number>`count(*)::int`, days: sql<number>`count(distinct (${sales.createdAt} at time zone 'America/Sao_Paulo')::date)::int`, voided: sql<number>`count(*) filter (where ${sales.status} = 'voided')::int` }).from(sales);
      expect(tally!.n).toBeGreaterThanOrEqual(60);
      expect(tally!.days).toBeGreaterThanOrEqual(28);
      expect(tally!.voided).toBe(1);
      expect(await fresh.select().from(registerSessions).where(isNull(registerSessions.closedAt))).toHaveLength(1);
      const [below] = await fresh.select({ n: sql<number>`count(*)::int` }).from(stockLevels).where(sql`${stockLevels.onHand} < 0`);
      expect(below!.n).toBe(0);
      const requests = await fresh.select({ supplierId: purchaseRequests.supplierId }).from(purchaseRequests).where(eq(purchaseRequests.status, 'open'));
      expect(requests.some((r) => r.supplierId !== null)).toBe(true);
      expect(await seedDemoShop(fresh, () => {})).toBe(false);
    } finally {
      await dropFresh();
    }
  });
});
