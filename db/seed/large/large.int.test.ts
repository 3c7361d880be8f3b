import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discountShareBps } from '@/lib/shop/sale-math';
import type { Db } from '@/db/client';
import { createTestDatabase } from '@/db/testing/test-db';
import { attemptLogin } from '@/lib/auth/login';
import { ROLES, type Role } from '@/lib/auth/roles';
import { UFS, detectDocument } from '@/lib/crm/document';
import { checkConditions, orderTotals } from '@/lib/orders/conditions';
import { exceedsCredit } from '@/lib/orders/credit';
import { loadConditions } from '@/lib/orders/settings';
import { ORDER_STATUSES, RESERVING_STATUSES } from '@/lib/orders/transitions';
import { pricingFor } from '@/lib/pricing/customer-pricing';
import { regenerateAll } from '@/lib/pricing/generate';
import { countsFor, seedLarge } from '.';

/** 0.006 of the full data set: 30 customers (one in each of the 27 UFs first), 12 products, 1,800 orders. */
const SCALE = 0.006;

let db: Db;
let drop: () => Promise<void>;
const rows = async <T>(query: ReturnType<typeof sql>) => (await db.execute(query)) as unknown as T[];
const count = async (query: ReturnType<typeof sql>) => Number((await rows<{ n: string }>(query))[0]!.n);

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await seedLarge(db, { scale: SCALE, log: () => {} });
}, 60_000);
afterAll(() => drop());

describe('large data set at a small scale', () => {
  it('has the scaled counts, customers in every UF with valid documents, and every state of the order machine', async () => {
    const counts = countsFor(SCALE);
    expect(await count(sql`SELECT count(*) AS n FROM customers`)).toBe(counts.customers);
    expect(await count(sql`SELECT count(*) AS n FROM users WHERE role = 'representante'`)).toBe(counts.representatives);
    expect(await count(sql`SELECT count(*) AS n FROM shops`)).toBe(counts.shops);
    expect(await count(sql`SELECT count(*) AS n FROM products WHERE shop_id IS NULL`)).toBe(counts.products);
    expect(await count(sql`SELECT count(*) AS n FROM orders`)).toBe(counts.orders);
    expect(await count(sql`SELECT count(*) AS n FROM order_lines`)).toBeGreaterThanOrEqual(counts.orders * 3.4);
    const customers = await rows<{ document: string; document_type: string; uf: string }>(sql`SELECT document, document_type, uf FROM customers`);
    expect(new Set(customers.map((c) => c.uf))).toEqual(new Set(UFS));
    for (const c of customers) expect(detectDocument(c.document)).toBe(c.document_type);
    const statuses = new Set((await rows<{ status: string }>(sql`SELECT DISTINCT status FROM orders`)).map((r) => r.status));
    expect([...statuses].sort()).toEqual([...ORDER_STATUSES].sort());
    const [span] = await rows<{ first: Date; last: Date }>(sql`SELECT min(created_at) AS first, max(created_at) AS last FROM orders`);
    expect(new Date(span!.first).toISOString() >= '2023-12-01').toBe(true);
    expect(new Date(span!.last).toISOString() < '2026-11-30').toBe(true);
    expect(await count(sql`SELECT count(*) AS n FROM credit_notes`)).toBeGreaterThan(0);
  });

  it('keeps the stock ledger equal to the levels, never oversold, with every reservation of a reserving order', async () => {
    const mismatches = await count(sql`
      SELECT count(*) AS n FROM stock_levels l
      LEFT JOIN (SELECT location_id, variant_id, sum(quantity) FILTER (WHERE kind NOT IN ('reservation', 'release')) AS on_hand,
                        sum(quantity) FILTER (WHERE kind IN ('reservation', 'release', 'shipment')) AS reserved
                 FROM stock_ledger GROUP BY 1, 2) g ON g.location_id = l.location_id AND g.variant_id = l.variant_id
      WHERE l.on_hand <> coalesce(g.on_hand, 0) OR l.reserved <> coalesce(g.reserved, 0)`);
    expect(mismatches).toBe(0);
    expect(await count(sql`SELECT count(*) AS n FROM stock_levels WHERE reserved < 0 OR reserved > on_hand`)).toBe(0);
    expect(
      await count(
        sql`SELECT count(*) AS n FROM stock_locations loc CROSS JOIN product_variants v JOIN products p ON p.id = v.product_id AND p.shop_id IS NULL WHERE loc.kind = 'channel' AND NOT EXISTS (SELECT 1 FROM stock_levels l WHERE l.location_id = loc.id AND l.variant_id = v.id)`,
      ),
    ).toBe(0);
    // At no moment of the history did a location have more reserved than on hand.
    const oversold = await count(sql`
      SELECT count(*) AS n FROM (
        SELECT sum(quantity) FILTER (WHERE kind NOT IN ('reservation', 'release')) OVER w AS on_hand,
               sum(quantity) FILTER (WHERE kind IN ('reservation', 'release', 'shipment')) OVER w AS reserved
        FROM stock_ledger WINDOW w AS (PARTITION BY location_id, variant_id ORDER BY at, id)) h
      WHERE coalesce(reserved, 0) > coalesce(on_hand, 0) OR coalesce(reserved, 0) < 0`);
    expect(oversold).toBe(0);
    const reservingStatuses = sql.raw(RESERVING_STATUSES.map((s) => `'${s}'`).join(', '));
    const [held] = await rows<{ reserved: string; ordered: string }>(sql`
      SELECT (SELECT sum(reserved) FROM stock_levels) AS reserved,
             (SELECT sum(l.quantity) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.status IN (${reservingStatuses})) AS ordered`);
    expect(Number(held!.reserved)).toBe(Number(held!.ordered));
    // Shipped and delivered orders left; the restocked returns came back.
    const [moved] = await rows<{ shipped: string; ordered: string; restocked: string; routed: string }>(sql`
      SELECT (SELECT -sum(quantity) FROM stock_ledger WHERE kind = 'shipment') AS shipped,
             (SELECT sum(l.quantity) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.shipped_at IS NOT NULL) AS ordered,
             (SELECT coalesce(sum(quantity), 0) FROM stock_ledger WHERE kind = 'return') AS restocked,
             (SELECT coalesce(sum(quantity), 0) FROM return_lines WHERE destination = 'restock') AS routed`);
    expect(Number(moved!.shipped)).toBe(Number(moved!.ordered));
    expect(Number(moved!.restocked)).toBe(Number(moved!.routed));
  });

  it('prices every line from the list pricingFor resolves for its customer and origin, and totals every order as the app does', async () => {
    const pairs = await rows<{ customer_id: string; channel_id: string; list: string }>(sql`SELECT DISTINCT customer_id, channel_id, price_list_id AS list FROM orders`);
    for (const p of pairs) expect((await pricingFor(db, p.customer_id, p.channel_id))?.listId).toBe(p.list);
    const offList = await count(sql`
      SELECT count(*) AS n FROM order_lines l JOIN orders o ON o.id = l.order_id
      WHERE l.unit_price_cents IS DISTINCT FROM (SELECT i.price_cents FROM price_list_items i WHERE i.price_list_id = o.price_list_id AND i.product_id = l.product_id)`);
    expect(offList).toBe(0);
    const hidden = await count(sql`
      SELECT count(*) AS n FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id
      JOIN product_restrictions r ON r.target_kind = 'product' AND r.target_value = l.product_id::text AND r.audience_kind = 'uf' AND r.audience_value = c.uf`);
    expect(hidden).toBe(0);

    const orders = await rows<{
      id: string;
      status: string;
      uf: string;
      role: Role;
      discount_bps: number;
      payment_term_id: string | null;
      subtotal_cents: string;
      discount_cents: string;
      total_cents: string;
    }>(sql`
      SELECT o.id, o.status, c.uf, u.role, o.discount_bps, o.payment_term_id, o.subtotal_cents, o.discount_cents, o.total_cents
      FROM orders o JOIN customers c ON c.id = o.customer_id JOIN users u ON u.id = o.created_by_id`);
    const lines = await rows<{ order_id: string; product_id: string; quantity: number; unit_price_cents: string }>(sql`SELECT order_id, product_id, quantity, unit_price_cents FROM order_lines`);
    const linesOf = Map.groupBy(lines, (l) => l.order_id);
    const conditions = await loadConditions(db);
    for (const o of orders) {
      const own = (linesOf.get(o.id) ?? []).map((l) => ({ productId: l.product_id, quantity: l.quantity, unitPriceCents: Number(l.unit_price_cents) }));
      const totals = orderTotals(own, o.discount_bps);
      expect({ subtotalCents: Number(o.subtotal_cents), discountCents: Number(o.discount_cents), totalCents: Number(o.total_cents) }).toEqual(totals);
      if (o.status === 'draft') continue;
      const products = [...Map.groupBy(own, (l) => l.productId)].map(([name, ls]) => ({ name, quantity: ls.reduce((s, l) => s + l.quantity, 0) }));
      expect(checkConditions({ uf: o.uf, role: o.role, discountBps: o.discount_bps, paymentTermId: o.payment_term_id, totals, products }, conditions)).toEqual([]);
    }
  });

  it("tells each order's story in its timeline, holds orders only for a blocked customer or one over its credit", async () => {
    const lastStatus = await count(sql`
      SELECT count(*) AS n FROM orders o
      WHERE o.status <> 'draft' AND o.status::text IS DISTINCT FROM (
        SELECT a.after->>'status' FROM audit_log a WHERE a.entity = 'order' AND a.entity_id = o.id::text ORDER BY a.at DESC, a.id DESC LIMIT 1)`);
    expect(lastStatus).toBe(0);
    expect(await count(sql`SELECT count(*) AS n FROM orders o WHERE o.status = 'draft' AND EXISTS (SELECT 1 FROM audit_log a WHERE a.entity_id = o.id::text)`)).toBe(0);
    expect(await count(sql`SELECT count(*) AS n FROM (SELECT customer_id, channel_id FROM orders WHERE status = 'draft' GROUP BY 1, 2 HAVING count(*) > 1) d`)).toBe(0);
    expect(await count(sql`SELECT count(*) AS n FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.created_at < c.created_at`)).toBe(0);

    const customers = await rows<{ id: string; status: string; credit: string; open: string; held_credit: string | null }>(sql`
      SELECT c.id, c.status, c.credit_limit_cents AS credit,
             coalesce(sum(o.total_cents) FILTER (WHERE o.status IN ('approved', 'invoiced', 'shipped')), 0) AS open,
             min(o.total_cents) FILTER (WHERE o.status = 'financial_hold' AND o.hold_reason = 'credit') AS held_credit
      FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id`);
    for (const c of customers) {
      if (c.held_credit !== null) expect(exceedsCredit(Number(c.open), Number(c.held_credit), Number(c.credit))).toBe(true);
      else expect(Number(c.open)).toBeLessThanOrEqual(Number(c.credit));
    }
    const blockedHolds = await count(
      sql`SELECT count(*) AS n FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.hold_reason = 'blocked' AND o.status = 'financial_hold' AND c.status <> 'blocked'`,
    );
    expect(blockedHolds).toBe(0);
  });

  it('credits returns as the returns use cases would, from delivered orders, within what was delivered', async () => {
    expect(await count(sql`SELECT count(*) AS n FROM returns r JOIN orders o ON o.id = r.order_id WHERE o.status <> 'delivered' OR r.created_at < o.delivered_at`)).toBe(0);
    expect(await count(sql`SELECT count(*) AS n FROM return_lines rl JOIN order_lines l ON l.id = rl.order_line_id WHERE rl.quantity > l.quantity OR rl.variant_id <> l.variant_id`)).toBe(0);
    const wrongNotes = await count(sql`
      SELECT count(*) AS n FROM credit_notes n JOIN returns r ON r.id = n.return_id
      WHERE r.status <> 'closed' OR n.amount_cents <> (SELECT coalesce(sum(credit_cents), 0) FROM return_lines WHERE return_id = r.id AND destination IS NOT NULL AND destination <> 'send_back')`);
    expect(wrongNotes).toBe(0);
    expect(await count(sql`SELECT count(*) AS n FROM returns r WHERE r.status = 'closed' AND NOT EXISTS (SELECT 1 FROM credit_notes n WHERE n.return_id = r.id)`)).toBe(0);
  });

  it('lets every demo login in, and the app regenerates the same prices', async () => {
    for (const role of ROLES) expect((await attemptLogin(db, { email: `${role}@venda.local`, password: 'venda123', ip: '127.0.0.8' })).kind, role).toBe('ok');
    const checksum = async () =>
      (await rows<{ sum: string }>(sql`SELECT md5(string_agg(price_list_id::text || product_id::text || price_cents::text, ',' ORDER BY price_list_id, product_id)) AS sum FROM price_list_items`))[0]!
        .sum;
    const before = await checksum();
    await regenerateAll(db);
    expect(await checksum()).toBe(before);
  });

  it('runs every other shop’s counter: deliveries received, sales priced and settled to the cent, registers closed with their count', async () => {
    const [shop] = await rows<{ id: string; customer_id: string }>(sql`
      SELECT s.id, s.customer_id FROM shops s WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.email = 'lojista@venda.local' AND u.customer_id = s.customer_id) LIMIT 1`);
    expect(await count(sql`SELECT count(*) AS n FROM sales WHERE shop_id = ${shop!.id}`)).toBeGreaterThan(50);
    // What arrived is what the delivered orders carried, and the orders say they were received.
    const [received] = await rows<{ ledger: string; ordered: string; unclaimed: string }>(sql`
      SELECT (SELECT sum(g.quantity) FROM stock_ledger g JOIN stock_locations loc ON loc.id = g.location_id WHERE loc.shop_id = ${shop!.id} AND g.kind = 'receipt') AS ledger,
             (SELECT sum(l.quantity) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.customer_id = ${shop!.customer_id} AND o.status = 'delivered') AS ordered,
             (SELECT count(*) FROM orders o WHERE o.customer_id = ${shop!.customer_id} AND o.status = 'delivered' AND (o.shop_stock_at IS NULL OR o.shop_id IS DISTINCT FROM ${shop!.id})) AS unclaimed`);
    expect(Number(received!.ledger)).toBe(Number(received!.ordered));
    expect(Number(received!.unclaimed)).toBe(0);
    // Nothing sold that was not on the shelf at that moment.
    expect(
      await count(sql`
        SELECT count(*) AS n FROM (SELECT sum(quantity) OVER (PARTITION BY location_id, variant_id ORDER BY at, id) AS on_hand FROM stock_ledger g
        WHERE g.location_id IN (SELECT id FROM stock_locations WHERE shop_id IS NOT NULL)) h WHERE on_hand < 0`),
    ).toBe(0);
    // Every sale: lines add up to its subtotal, discounts within the shop's maximum, payments settle the total (cash net of change).
    const sales = await rows<{ id: string; subtotal: string; line_discount: string; discount: string; total: string; change: string; lines: string; paid: string; tendered: string | null; max_bps: number }>(sql`
      SELECT s.id, s.subtotal_cents AS subtotal, s.line_discount_cents AS line_discount, s.discount_cents AS discount, s.total_cents AS total, s.change_cents AS change,
             (SELECT sum(l.quantity * l.unit_price_cents) FROM sale_lines l WHERE l.sale_id = s.id) AS lines,
             (SELECT sum(p.amount_cents) FROM sale_payments p WHERE p.sale_id = s.id) AS paid,
             (SELECT p.tendered_cents FROM sale_payments p WHERE p.sale_id = s.id AND p.method = 'cash') AS tendered, sh.max_discount_bps AS max_bps
      FROM sales s JOIN shops sh ON sh.id = s.shop_id WHERE s.shop_id = ${shop!.id}`);
    for (const sale of sales) {
      const [subtotal, discount, total, change] = [sale.subtotal, sale.discount, sale.total, sale.change].map(Number) as [number, number, number, number];
      expect(Number(sale.lines)).toBe(subtotal);
      expect(total).toBe(subtotal - Number(sale.line_discount) - discount);
      expect(discountShareBps({ subtotalCents: subtotal, lineDiscountCents: Number(sale.line_discount), saleDiscountCents: discount })).toBeLessThanOrEqual(sale.max_bps);
      expect(Number(sale.paid)).toBe(total);
      if (sale.tendered !== null) expect(Number(sale.tendered) - change).toBeGreaterThan(0);
    }
    // Every session closed; its expected cash is the float, the cash sales and the withdrawals, as the register computes it.
    const sessions = await rows<{ id: string; closed: boolean; float: string; expected: { cash: number }; counted: { cash: number }; cash: string; out: string }>(sql`
      SELECT r.id, r.closed_at IS NOT NULL AS closed, r.float_cents AS float, r.expected, r.counted,
             (SELECT coalesce(sum(p.amount_cents), 0) FROM sales s JOIN sale_payments p ON p.sale_id = s.id AND p.method = 'cash' WHERE s.session_id = r.id) AS cash,
             (SELECT coalesce(sum(m.amount_cents), 0) FROM register_movements m WHERE m.session_id = r.id AND m.kind = 'withdrawal') AS out
      FROM register_sessions r WHERE r.shop_id = ${shop!.id}`);
    expect(sessions.length).toBeGreaterThan(100);
    for (const r of sessions) {
      expect(r.closed).toBe(true);
      expect(r.expected.cash).toBe(Number(r.float) + Number(r.cash) - Number(r.out));
      expect(r.expected.cash - r.counted.cash).toBeGreaterThanOrEqual(0);
    }
    expect(await count(sql`SELECT count(*) AS n FROM bills WHERE shop_id = ${shop!.id} AND paid_on IS NOT NULL`)).toBeGreaterThan(10);
  });

  it('generates the same data on every run with the same scale', async () => {
    const digest = async (target: Db) => {
      const [row] = (await target.execute(sql`
        SELECT (SELECT md5(string_agg(concat_ws('|', id, number, customer_id, status, total_cents, created_at), ',' ORDER BY number)) FROM orders) AS orders,
               (SELECT md5(string_agg(concat_ws('|', id, variant_id, quantity, unit_price_cents), ',' ORDER BY id)) FROM order_lines) AS lines,
               (SELECT md5(string_agg(concat_ws('|', id, session_id, consumer_id, total_cents, change_cents, created_at), ',' ORDER BY id)) FROM sales WHERE idempotency_key = id::text) AS sales,
               (SELECT md5(string_agg(concat_ws('|', c.code, v.sku, l.on_hand, l.reserved), ',' ORDER BY c.code, v.sku))
                FROM stock_levels l JOIN stock_locations loc ON loc.id = l.location_id JOIN channels c ON c.id = loc.channel_id JOIN product_variants v ON v.id = l.variant_id) AS stock`)) as unknown as Record<
        string,
        string
      >[];
      return row;
    };
    const runs = [];
    for (let i = 0; i < 2; i++) {
      const fresh = await createTestDatabase();
      try {
        await seedLarge(fresh.db, { scale: 0.002, log: () => {} });
        runs.push(await digest(fresh.db));
      } finally {
        await fresh.drop();
      }
    }
    expect(runs[0]).toEqual(runs[1]);
  });
});
