import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { customers, emailOutbox, orderLines, orders, priceListItems, stockLedger, users } from '@/db/schema';
import { outboxEmails } from '@/db/testing/outbox';
import { listStockMovements } from '@/lib/catalog/stock-movements';
import { ForbiddenError } from '@/lib/server/errors';
import { approveOrder, cancelOrder, deliverOrder, invoiceOrder, rejectOrder, releaseOrder, shipOrder, withdrawOrder } from './lifecycle-use-cases';
import { orderFilterSchema } from './filters';
import { ordersTestKit, type OrdersTestKit } from './orders-test-kit';
import { getOrder, listOrders } from './queries';
import { addToOrder, submitOrder, updateOrderTerms } from './use-cases';

let db: Db;
let drop: () => Promise<void>;
let A: OrdersTestKit['A'];
let rsChannel: string;
let productId: string;
let variants: OrdersTestKit['variants'];
let termId: string;
let run: OrdersTestKit['run'];
let setStock: OrdersTestKit['setStock'];
let stockOf: OrdersTestKit['stockOf'];
let placeOrder: OrdersTestKit['placeOrder'];

beforeAll(async () => {
  ({ db, drop, A, rsChannel, productId, variants, termId, run, setStock, stockOf, placeOrder } = await ordersTestKit());
});
afterAll(() => drop());

describe('approval and stock', () => {
  it('50 concurrent approvals for 5 units reserve exactly 5, never below zero, and refuse the rest cleanly', async () => {
    const v = variants[2]!;
    await setStock(v.id, 5);
    const [aurora] = await db.select().from(customers).where(eq(customers.id, A.lojista!.customerId!));
    await db.update(customers).set({ creditLimitCents: 1_000_000_000 }).where(eq(customers.id, aurora!.id));
    const [line] = await db.select().from(priceListItems).where(eq(priceListItems.productId, productId)).limit(1);
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      const [o] = await db.insert(orders).values({ customerId: aurora!.id, channelId: rsChannel, status: 'submitted', paymentTermId: termId, subtotalCents: line!.priceCents, totalCents: line!.priceCents, submittedAt: new Date() }).returning();
      await db.insert(orderLines).values({ orderId: o!.id, productId, variantId: v.id, quantity: 1, unitPriceCents: line!.priceCents });
      ids.push(o!.id);
    }
    const results = await Promise.all(ids.map((orderId) => run(A.comercial!, approveOrder, { orderId })));
    const approved = results.filter((r) => r.ok);
    expect(approved).toHaveLength(5);
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ ok: false, error: 'orders.errors.stockShort' });
    const stock = await stockOf(v.id);
    expect(stock).toMatchObject({ onHand: 5, reserved: 5 });
    const [{ n }] = (await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM stock_ledger WHERE variant_id = ${v.id} AND kind = 'reservation'`)) as unknown as [{ n: number }];
    expect(n).toBe(5);
    const statuses = await db.select({ status: orders.status }).from(orders).where(sql`${orders.id} IN ${ids}`);
    expect(statuses.filter((s) => s.status === 'approved')).toHaveLength(5);
    expect(statuses.filter((s) => s.status === 'submitted')).toHaveLength(45);
  });

  it('a failed approval names the short lines and reserves nothing', async () => {
    const [a, b] = [variants[3]!, variants[4]!];
    await setStock(a.id, 10);
    await setStock(b.id, 2);
    const added = await run(A.lojista!, addToOrder, { productId, lines: [{ variantId: a.id, quantity: '3' }, { variantId: b.id, quantity: '2' }] });
    const orderId = (added as { data: { orderId: string } }).data.orderId;
    await run(A.lojista!, updateOrderTerms, { orderId, paymentTermId: termId, discount: '', notes: '' });
    expect((await run(A.lojista!, submitOrder, { orderId })).ok).toBe(true);
    // Stock moves between submission and approval: the reservation is the final guard.
    await setStock(b.id, 1);
    const res = await run(A.representante!, approveOrder, { orderId });
    expect(res).toMatchObject({ ok: false, error: 'orders.errors.stockShort' });
    expect(String((res as unknown as { meta: { lines: string } }).meta.lines)).toContain(`${b.colorName} ${b.size}`);
    expect((await stockOf(a.id)).reserved).toBe(0);
  });

  it("a representative approves its portfolio's orders only; other roles are refused", async () => {
    const v = variants[0]!;
    await setStock(v.id, 100);
    const orderId = await placeOrder(A.lojista!, v.id, 1);
    expect(await run(A.otherRep!, approveOrder, { orderId })).toMatchObject({ ok: false, error: 'errors.notFound' });
    expect(await run(A.lojista!, approveOrder, { orderId })).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await run(A.financeiro!, approveOrder, { orderId })).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await run(A.usuario!, approveOrder, { orderId })).toMatchObject({ ok: false, error: 'errors.forbidden' });
    await expect(listOrders(db, A.usuario!, orderFilterSchema.parse({}))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getOrder(db, A.otherRep!, orderId)).rejects.toThrow('errors.notFound');
    expect(await run(A.representante!, approveOrder, { orderId })).toMatchObject({ ok: true, data: { status: 'approved' } });
    expect(await run(A.representante!, approveOrder, { orderId })).toMatchObject({ ok: false, error: 'orders.errors.transition' });
    const mails = await outboxEmails(db, sql`${emailOutbox.meta}->>'orderId' = ${orderId}`);
    expect(mails.map((m) => m.toAddress)).toEqual(expect.arrayContaining([A.lojista!.email, A.representante!.email]));
    expect(mails.some((m) => m.subject.includes('Aprovado'))).toBe(true);
    // Stored as the template and its data: the worker renders when it sends, outside the approval's transaction.
    const [stored] = await db.select().from(emailOutbox).where(and(sql`${emailOutbox.meta} @> ${JSON.stringify({ orderId, status: 'approved' })}::jsonb`, eq(emailOutbox.toAddress, A.lojista!.email)));
    expect(stored).toMatchObject({ template: 'order-status', subject: null, html: null, text: null, status: 'pending', data: { status: 'approved', customer: expect.any(String), number: expect.any(Number) } });
  });

  it("a representative's own submission counts as its approval", async () => {
    const v = variants[0]!;
    await db.update(users).set({ servingCustomerId: A.lojista!.customerId }).where(eq(users.id, A.representante!.userId));
    const orderId = await placeOrder(A.representante!, v.id, 1);
    const [o] = await db.select().from(orders).where(eq(orders.id, orderId));
    expect(o!.status).toBe('approved');
    expect(o!.approvedById).toBe(A.representante!.userId);
  });

  it('a blocked customer goes to financial analysis; finance releases it; a rejection needs a reason', async () => {
    const v = variants[0]!;
    const bellaId = A.bella!.customerId!;
    const orderId = await placeOrder(A.bella!, v.id, 1);
    await db.update(customers).set({ status: 'blocked', blockedReason: 'Títulos em atraso' }).where(eq(customers.id, bellaId));
    expect(await run(A.representante!, approveOrder, { orderId })).toMatchObject({ ok: true, data: { status: 'financial_hold' } });
    const [held] = await db.select().from(orders).where(eq(orders.id, orderId));
    expect(held!.holdReason).toBe('blocked');
    expect(await run(A.comercial!, releaseOrder, { orderId })).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await run(A.financeiro!, releaseOrder, { orderId })).toMatchObject({ ok: true, data: { status: 'approved' } });
    await db.update(customers).set({ status: 'active', blockedReason: null }).where(eq(customers.id, bellaId));

    const other = await placeOrder(A.bella!, v.id, 1);
    expect(await run(A.representante!, rejectOrder, { orderId: other, reason: '' })).toMatchObject({ ok: false, fieldErrors: { reason: ['validation.reasonRequired'] } });
    expect(await run(A.representante!, rejectOrder, { orderId: other, reason: 'Coleção encerrada' })).toMatchObject({ ok: true, data: { status: 'rejected' } });
  });

  it('open orders beyond the credit limit go to financial analysis', async () => {
    const v = variants[0]!;
    const bellaId = A.bella!.customerId!;
    await db.update(customers).set({ creditLimitCents: 1 }).where(eq(customers.id, bellaId));
    const orderId = await placeOrder(A.bella!, v.id, 1);
    expect(await run(A.comercial!, approveOrder, { orderId })).toMatchObject({ ok: true, data: { status: 'financial_hold' } });
    expect((await db.select().from(orders).where(eq(orders.id, orderId)))[0]!.holdReason).toBe('credit');
    // Finance sees, on the order, what else is open for the customer: the same figure the check used.
    const [others] = await db.select({ cents: sql<number>`coalesce(sum(total_cents), 0)::bigint` }).from(orders).where(sql`customer_id = ${bellaId} AND status IN ('financial_hold', 'approved', 'invoiced', 'shipped') AND id <> ${orderId}`);
    expect((await getOrder(db, A.financeiro!, orderId)).openOtherCents).toBe(Number(others!.cents));
    await db.update(customers).set({ creditLimitCents: 1_000_000_000 }).where(eq(customers.id, bellaId));
  });

  it('cancelling releases the reservation; the shop may withdraw only while submitted, finance until shipped', async () => {
    const v = variants[5]!;
    await setStock(v.id, 10);
    const orderId = await placeOrder(A.lojista!, v.id, 4);
    await run(A.representante!, approveOrder, { orderId });
    expect((await stockOf(v.id)).reserved).toBe(4);
    expect(await run(A.lojista!, withdrawOrder, { orderId, reason: 'Mudei de ideia' })).toMatchObject({ ok: false, error: 'orders.errors.transition' });
    expect(await run(A.financeiro!, cancelOrder, { orderId, reason: 'Cliente desistiu' })).toMatchObject({ ok: true, data: { status: 'cancelled' } });
    expect(await stockOf(v.id)).toMatchObject({ onHand: 10, reserved: 0 });
    const ledger = await db.select().from(stockLedger).where(eq(stockLedger.orderId, orderId));
    expect(ledger.map((l) => [l.kind, l.quantity])).toEqual(expect.arrayContaining([['reservation', 4], ['release', -4]]));
    // The product page's stock ledger shows both, with the order behind them; only comercial and admin read it.
    const movements = (await listStockMovements(db, A.comercial!, productId, 1)).rows.filter((m) => m.orderId === orderId);
    const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
    expect(movements.map((m) => [m.kind, m.quantity, m.orderNumber])).toEqual([
      ['release', -4, order!.number],
      ['reservation', 4, order!.number],
    ]);
    await expect(listStockMovements(db, A.lojista!, productId, 1)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listStockMovements(db, A.representante!, productId, 1)).rejects.toBeInstanceOf(ForbiddenError);

    const second = await placeOrder(A.lojista!, v.id, 1);
    expect(await run(A.lojista!, withdrawOrder, { orderId: second, reason: 'Pedido duplicado' })).toMatchObject({ ok: true, data: { status: 'cancelled' } });
  });

  it('invoicing, shipping (stock leaves) and delivery; shipped orders cannot be cancelled', async () => {
    const v = variants[0]!;
    await setStock(v.id, 10);
    const orderId = await placeOrder(A.lojista!, v.id, 3);
    await run(A.representante!, approveOrder, { orderId });
    expect(await run(A.representante!, invoiceOrder, { orderId, invoiceNumber: 'NF 1' })).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await run(A.comercial!, invoiceOrder, { orderId, invoiceNumber: 'NF 1001' })).toMatchObject({ ok: true });
    expect(await run(A.comercial!, shipOrder, { orderId, trackingCode: 'BR123456789' })).toMatchObject({ ok: true });
    expect(await stockOf(v.id)).toMatchObject({ onHand: 7, reserved: 0 });
    expect(await run(A.financeiro!, cancelOrder, { orderId, reason: 'Tarde demais' })).toMatchObject({ ok: false, error: 'orders.errors.transition' });
    expect(await run(A.comercial!, deliverOrder, { orderId })).toMatchObject({ ok: true, data: { status: 'delivered' } });
    const detail = await getOrder(db, A.lojista!, orderId);
    expect(detail.timeline.map((e) => e.action)).toEqual(['orders.deliver', 'orders.ship', 'orders.invoice', 'orders.approve', 'orders.submit']);
  });
});
