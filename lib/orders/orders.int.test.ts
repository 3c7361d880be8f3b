import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { channels, customers, emailOutbox, orderLines, orders, orderSettings, paymentTerms, priceListItems, productRestrictions, products, productVariants, stockLedger, stockLevels, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { createTestDatabase } from '@/db/testing/test-db';
import { loadActor } from '@/lib/auth/actor';
import { listStorefront, storefrontContext } from '@/lib/catalog/storefront';
import { listStockMovements } from '@/lib/catalog/stock-movements';
import { chooseOrigin } from '@/lib/catalog/storefront-use-cases';
import type { Actor } from '@/lib/server/context';
import { runUseCase } from '@/lib/server/use-case';
import { approveOrder, cancelOrder, deliverOrder, invoiceOrder, rejectOrder, releaseOrder, shipOrder, withdrawOrder } from './lifecycle-use-cases';
import { getOrder, iterateOrderLinesForExport, iterateOrdersForExport, listOrders } from './queries';
import { orderFilterSchema } from './filters';
import { addPackToOrder, addToOrder, removeOrderProduct, submitOrder, updateOrderTerms } from './use-cases';
import { authoriseReturn, closeReturn, inspectReturn, openReturn, receiveReturn, routeReturn } from '@/lib/returns/use-cases';
import { creditNotes, returnLines } from '@/db/schema';

let db: Db;
let drop: () => Promise<void>;
const A: Record<string, Actor> = {};
let rsChannel: string;
let productId: string;
let variants: { id: string; colorName: string; size: string }[];
let termId: string;

const actor = async (email: string): Promise<Actor> => (await loadActor(db, (await db.select().from(users).where(eq(users.email, email)))[0]!.id))!;
const run = <T,>(who: Actor, uc: Parameters<typeof runUseCase>[1], input: T) => runUseCase({ db, actor: who }, uc, input);
const setStock = (variantId: string, onHand: number) =>
  db.insert(stockLevels).values({ channelId: rsChannel, variantId, onHand, reserved: 0 }).onConflictDoUpdate({ target: [stockLevels.channelId, stockLevels.variantId], set: { onHand, reserved: 0 } });
const stockOf = async (variantId: string) => (await db.select().from(stockLevels).where(and(eq(stockLevels.channelId, rsChannel), eq(stockLevels.variantId, variantId))))[0]!;

/** A submitted order of `who`'s customer for `qty` units of `variantId`, built through the use cases. */
async function placeOrder(who: Actor, variantId: string, qty: number) {
  const added = await run(who, addToOrder, { productId, lines: [{ variantId, quantity: String(qty) }] });
  if (!added.ok) throw new Error(JSON.stringify(added));
  const orderId = (added.data as { orderId: string }).orderId;
  const terms = await run(who, updateOrderTerms, { orderId, paymentTermId: termId, discount: '', notes: '' });
  if (!terms.ok) throw new Error(JSON.stringify(terms));
  const submitted = await run(who, submitOrder, { orderId });
  if (!submitted.ok) throw new Error(JSON.stringify(submitted));
  return orderId;
}

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await seedDemo(db, () => {});
  await db.update(orderSettings).set({ minOrderCents: 0 });
  for (const email of ['lojista@venda.local', 'bella@venda.local', 'representante@venda.local', 'comercial@venda.local', 'financeiro@venda.local', 'admin@venda.local', 'usuario@venda.local']) {
    A[email.split('@')[0]!] = await actor(email);
  }
  const [otherRep] = await db.select().from(users).where(eq(users.email, 'camila.rocha@venda.local'));
  A.otherRep = (await loadActor(db, otherRep!.id))!;
  rsChannel = (await db.select().from(channels).where(eq(channels.code, 'RS-MATRIZ')))[0]!.id;
  for (const who of ['lojista', 'bella', 'representante']) await run(A[who]!, chooseOrigin, { channelId: rsChannel });
  const ctx = await storefrontContext(db, A.lojista!);
  for (const product of (await listStorefront(db, ctx, {})).filter((p) => p.priceCents)) {
    productId = product.id;
    variants = await db.select({ id: productVariants.id, colorName: productVariants.colorName, size: productVariants.size }).from(productVariants).where(eq(productVariants.productId, productId));
    if (variants.length >= 6) break;
  }
  termId = (await db.select().from(paymentTerms).where(eq(paymentTerms.name, '30/60 dias')))[0]!.id;
});
afterAll(() => drop());

describe('ordering', () => {
  it('prices lines on the server from the customer list, and refuses a request that carries a price or a total', async () => {
    const v = variants[0]!;
    await setStock(v.id, 100);
    const withPrice = await run(A.lojista!, addToOrder, { productId, lines: [{ variantId: v.id, quantity: '2', unitPriceCents: '1' }] });
    expect(withPrice).toMatchObject({ ok: false, error: 'errors.unknownFields' });
    const withTotal = await run(A.lojista!, addToOrder, { productId, lines: [{ variantId: v.id, quantity: '2' }], totalCents: '10' });
    expect(withTotal).toMatchObject({ ok: false, error: 'errors.unknownFields' });

    const added = await run(A.lojista!, addToOrder, { productId, lines: [{ variantId: v.id, quantity: '2' }] });
    expect(added.ok).toBe(true);
    const orderId = (added as { data: { orderId: string } }).data.orderId;
    const submitWithTotal = await run(A.lojista!, submitOrder, { orderId, totalCents: '1' });
    expect(submitWithTotal).toMatchObject({ ok: false, error: 'errors.unknownFields' });

    const ctx = await storefrontContext(db, A.lojista!);
    const [price] = await db.select().from(priceListItems).where(and(eq(priceListItems.priceListId, ctx.pricing!.listId!), eq(priceListItems.productId, productId)));
    const [line] = await db.select().from(orderLines).where(eq(orderLines.orderId, orderId));
    expect(line!.unitPriceCents).toBe(price!.priceCents);
    const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
    expect(order!.totalCents).toBe(2 * price!.priceCents);
  });

  it('adds fixed packs of one color as per-size quantities', async () => {
    const [pack] = await db.execute<{ id: string; quantities: Record<string, number> }>(sql`SELECT id, quantities FROM product_packs WHERE product_id = ${productId} LIMIT 1`);
    if (!pack) return;
    const color = variants[0]!.colorName;
    const res = await run(A.bella!, addPackToOrder, { productId, packId: pack.id, color, packs: '2' });
    expect(res.ok).toBe(true);
    const orderId = (res as { data: { orderId: string } }).data.orderId;
    const lines = await db.select({ q: orderLines.quantity, size: productVariants.size }).from(orderLines).innerJoin(productVariants, eq(productVariants.id, orderLines.variantId)).where(eq(orderLines.orderId, orderId));
    for (const [size, q] of Object.entries(pack.quantities)) expect(lines.find((l) => l.size === size)?.q).toBe(q * 2);
  });

  it('says exactly which conditions are missing at submission', async () => {
    await db.update(orderSettings).set({ minOrderCents: 100_000_000 });
    const v = variants[1]!;
    await setStock(v.id, 100);
    const added = await run(A.bella!, addToOrder, { productId, lines: [{ variantId: v.id, quantity: '1' }] });
    const orderId = (added as { data: { orderId: string } }).data.orderId;
    const tooMuch = await run(A.bella!, updateOrderTerms, { orderId, paymentTermId: termId, discount: '5', notes: '' });
    expect(tooMuch).toMatchObject({ ok: false, fieldErrors: { discount: ['orders.errors.discountTooHigh'] } });
    const res = await run(A.bella!, submitOrder, { orderId });
    expect(res).toMatchObject({ ok: false, error: 'orders.errors.conditions' });
    const problems = String((res as unknown as { meta: { problems: string } }).meta.problems);
    expect(problems).toContain('pedido mínimo');
    expect(problems).toContain('condição de pagamento');
    await db.update(orderSettings).set({ minOrderCents: 0 });
  });

  it('refuses at submission a product the customer can no longer order: restricted since, or without a price in its current list', async () => {
    const listId = (await storefrontContext(db, A.bella!)).pricing!.listId!;
    const [other] = await db
      .select({ productId: priceListItems.productId, name: products.name })
      .from(priceListItems)
      .innerJoin(products, eq(products.id, priceListItems.productId))
      .where(and(eq(priceListItems.priceListId, listId), sql`${priceListItems.productId} <> ${productId}`, sql`NOT EXISTS (SELECT 1 FROM product_packs pp WHERE pp.product_id = ${priceListItems.productId})`))
      .limit(1);
    const [variant] = await db.select().from(productVariants).where(eq(productVariants.productId, other!.productId)).limit(1);
    await setStock(variant!.id, 50);
    const added = await run(A.bella!, addToOrder, { productId: other!.productId, lines: [{ variantId: variant!.id, quantity: '2' }] });
    expect(added.ok).toBe(true);
    const orderId = (added as { data: { orderId: string } }).data.orderId;
    expect((await run(A.bella!, updateOrderTerms, { orderId, paymentTermId: termId, discount: '', notes: '' })).ok).toBe(true);

    const [restriction] = await db.insert(productRestrictions).values({ targetKind: 'product', targetValue: other!.productId, audienceKind: 'customer', audienceValue: A.bella!.customerId! }).returning();
    const restricted = await run(A.bella!, submitOrder, { orderId });
    expect(restricted).toMatchObject({ ok: false, error: 'orders.errors.conditions' });
    expect(String((restricted as unknown as { meta: { problems: string } }).meta.problems)).toContain(`${other!.name}`);
    await db.delete(productRestrictions).where(eq(productRestrictions.id, restriction!.id));

    const [price] = await db.delete(priceListItems).where(and(eq(priceListItems.priceListId, listId), eq(priceListItems.productId, other!.productId))).returning();
    const unpriced = await run(A.bella!, submitOrder, { orderId });
    expect(String((unpriced as unknown as { meta: { problems: string } }).meta.problems)).toMatch(/não pode mais ser pedido/);
    await db.insert(priceListItems).values(price!);
    expect((await db.select().from(orders).where(eq(orders.id, orderId)))[0]!.status).toBe('draft');
    expect((await run(A.bella!, removeOrderProduct, { orderId, productId: other!.productId })).ok).toBe(true);
  });
});

describe('bad input', () => {
  it('gets a clear answer, never a server error: repeated lines, a line past the maximum, odd filters', async () => {
    const v = variants[2]!;
    const twice = await run(A.bella!, addToOrder, { productId, lines: [{ variantId: v.id, quantity: '1' }, { variantId: v.id, quantity: '2' }] });
    expect(twice).toMatchObject({ ok: false, fieldErrors: { lines: ['validation.duplicateLine'] } });
    expect((await run(A.bella!, addToOrder, { productId, lines: [{ variantId: v.id, quantity: '99999' }] })).ok).toBe(true);
    const over = await run(A.bella!, addToOrder, { productId, lines: [{ variantId: v.id, quantity: '1' }] });
    expect(over).toMatchObject({ ok: false, error: 'orders.errors.lineTooBig', meta: { max: 99_999 } });
    const [draft] = await db.select().from(orders).where(and(eq(orders.customerId, A.bella!.customerId!), eq(orders.status, 'draft')));
    expect((await db.select().from(orderLines).where(and(eq(orderLines.orderId, draft!.id), eq(orderLines.variantId, v.id))))[0]!.quantity).toBe(99_999);
    expect((await run(A.bella!, removeOrderProduct, { orderId: draft!.id, productId })).ok).toBe(true);

    const odd = orderFilterSchema.parse({ q: '123456789012345678901234', from: '2024-02-31' });
    await expect(listOrders(db, A.comercial!, odd)).resolves.toMatchObject({ total: 0 });
  });
});

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
    await setStock(b.id, 1);
    const added = await run(A.lojista!, addToOrder, { productId, lines: [{ variantId: a.id, quantity: '3' }, { variantId: b.id, quantity: '2' }] });
    const orderId = (added as { data: { orderId: string } }).data.orderId;
    await run(A.lojista!, updateOrderTerms, { orderId, paymentTermId: termId, discount: '', notes: '' });
    expect((await run(A.lojista!, submitOrder, { orderId })).ok).toBe(true);
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
    await expect(listOrders(db, A.usuario!, orderFilterSchema.parse({}))).rejects.toThrow();
    await expect(getOrder(db, A.otherRep!, orderId)).rejects.toThrow('errors.notFound');
    expect(await run(A.representante!, approveOrder, { orderId })).toMatchObject({ ok: true, data: { status: 'approved' } });
    expect(await run(A.representante!, approveOrder, { orderId })).toMatchObject({ ok: false, error: 'orders.errors.transition' });
    const mails = await db.select().from(emailOutbox).where(sql`${emailOutbox.meta}->>'orderId' = ${orderId}`);
    expect(mails.map((m) => m.toAddress)).toEqual(expect.arrayContaining(['lojista@venda.local', 'representante@venda.local']));
    expect(mails.some((m) => m.subject.includes('Aprovado'))).toBe(true);
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
    await expect(listStockMovements(db, A.lojista!, productId, 1)).rejects.toThrow();
    await expect(listStockMovements(db, A.representante!, productId, 1)).rejects.toThrow();

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

describe('exports', () => {
  it('exports the filtered orders one row per order, or one row per line with SKU, color and size; only staff may', async () => {
    const v = variants[3]!;
    await setStock(v.id, 100);
    const orderId = await placeOrder(A.lojista!, v.id, 3);
    const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
    const filter = orderFilterSchema.parse({ q: String(order!.number) });
    const collect = async <T,>(rows: AsyncIterable<T>) => {
      const out: T[] = [];
      for await (const r of rows) out.push(r);
      return out;
    };
    const perOrder = await collect(iterateOrdersForExport(db, A.comercial!, filter));
    expect(perOrder.map((r) => r.number)).toEqual([order!.number]);
    const perLine = await collect(iterateOrderLinesForExport(db, A.financeiro!, filter));
    expect(perLine).toEqual([expect.objectContaining({ number: order!.number, sku: expect.any(String), colorName: v.colorName, size: v.size, quantity: 3 })]);
    for (const who of ['representante', 'lojista', 'usuario']) expect(() => iterateOrderLinesForExport(db, A[who]!, filter)).toThrow();
  });
});

describe('one shop cannot reach another', () => {
  it("shop A cannot read, cancel or list shop B's order", async () => {
    const v = variants[0]!;
    const bellaOrder = await placeOrder(A.bella!, v.id, 1);
    await expect(getOrder(db, A.lojista!, bellaOrder)).rejects.toThrow('errors.notFound');
    expect(await run(A.lojista!, withdrawOrder, { orderId: bellaOrder, reason: 'Não é meu' })).toMatchObject({ ok: false, error: 'errors.notFound' });
    expect(await run(A.lojista!, submitOrder, { orderId: bellaOrder })).toMatchObject({ ok: false, error: 'errors.notFound' });
    const mine = await listOrders(db, A.lojista!, orderFilterSchema.parse({}));
    expect(mine.rows.every((r) => r.customerId === A.lojista!.customerId)).toBe(true);
    expect(mine.rows.some((r) => r.id === bellaOrder)).toBe(false);
  });
});

describe('returns (FPR)', () => {
  /** A PNG's first bytes are enough for the signature check. */
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]).toString('base64');

  async function deliveredOrder(who: Actor, variantId: string, qty: number) {
    const orderId = await placeOrder(who, variantId, qty);
    await run(A.representante!, approveOrder, { orderId });
    await run(A.comercial!, invoiceOrder, { orderId, invoiceNumber: 'NF 9' });
    await run(A.comercial!, shipOrder, { orderId, trackingCode: 'BR000111' });
    await run(A.comercial!, deliverOrder, { orderId });
    return orderId;
  }

  it('never returns more than delivered minus already returned; only delivered orders; only its own', async () => {
    const v = variants[1]!;
    await setStock(v.id, 20);
    const orderId = await deliveredOrder(A.lojista!, v.id, 3);
    const [line] = await db.select().from(orderLines).where(eq(orderLines.orderId, orderId));
    const tooMany = await run(A.lojista!, openReturn, { orderId, reason: 'defect', lines: [{ orderLineId: line!.id, quantity: '4' }] });
    expect(tooMany).toMatchObject({ ok: false, fieldErrors: { 'lines.0.quantity': ['returns.errors.tooMany'] }, meta: { left: 3 } });
    expect(await run(A.lojista!, openReturn, { orderId, reason: 'size', lines: [{ orderLineId: line!.id, quantity: '2' }] })).toMatchObject({ ok: true });
    expect(await run(A.lojista!, openReturn, { orderId, reason: 'size', lines: [{ orderLineId: line!.id, quantity: '2' }] })).toMatchObject({ ok: false, meta: { left: 1 } });
    expect(await run(A.bella!, openReturn, { orderId, reason: 'size', lines: [{ orderLineId: line!.id, quantity: '1' }] })).toMatchObject({ ok: false, error: 'errors.notFound' });
    expect(await run(A.comercial!, openReturn, { orderId, reason: 'size', lines: [{ orderLineId: line!.id, quantity: '1' }] })).toMatchObject({ ok: false, error: 'errors.forbidden' });

    const notDelivered = await placeOrder(A.lojista!, v.id, 1);
    const [l2] = await db.select().from(orderLines).where(eq(orderLines.orderId, notDelivered));
    expect(await run(A.lojista!, openReturn, { orderId: notDelivered, reason: 'defect', lines: [{ orderLineId: l2!.id, quantity: '1' }] })).toMatchObject({ ok: false, error: 'returns.errors.notDelivered' });
  });

  it('authorise, receive, inspect, route to restock (stock rises) and close with a credit note at the order prices', async () => {
    const v = variants[2]!;
    await setStock(v.id, 10);
    const orderId = await deliveredOrder(A.lojista!, v.id, 4);
    expect((await stockOf(v.id)).onHand).toBe(6);
    const [line] = await db.select().from(orderLines).where(eq(orderLines.orderId, orderId));
    const badPhoto = await run(A.lojista!, openReturn, { orderId, reason: 'defect', lines: [{ orderLineId: line!.id, quantity: '2' }], photos: [Buffer.from('not an image').toString('base64')] });
    expect(badPhoto).toMatchObject({ ok: false, error: 'returns.errors.photoType' });
    const opened = await run(A.lojista!, openReturn, { orderId, reason: 'defect', description: 'Costura aberta', lines: [{ orderLineId: line!.id, quantity: '2' }], photos: [png] });
    expect(opened.ok).toBe(true);
    const returnId = (opened as { data: { returnId: string } }).data.returnId;
    expect(await run(A.lojista!, authoriseReturn, { returnId })).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await run(A.comercial!, receiveReturn, { returnId })).toMatchObject({ ok: false, error: 'returns.errors.transition' });
    expect(await run(A.comercial!, authoriseReturn, { returnId })).toMatchObject({ ok: true, data: { status: 'authorised' } });
    expect(await run(A.comercial!, receiveReturn, { returnId })).toMatchObject({ ok: true, data: { status: 'received' } });
    const [rl] = await db.select().from(returnLines).where(eq(returnLines.returnId, returnId));
    expect(await run(A.comercial!, inspectReturn, { returnId, lines: [{ lineId: rl!.id, outcome: 'accepted', note: 'Defeito confirmado' }] })).toMatchObject({ ok: true });
    expect(await run(A.comercial!, routeReturn, { returnId, lines: [{ lineId: rl!.id, destination: 'restock' }] })).toMatchObject({ ok: true, data: { status: 'routed' } });
    expect((await stockOf(v.id)).onHand).toBe(8);
    const closed = await run(A.comercial!, closeReturn, { returnId });
    expect(closed).toMatchObject({ ok: true, data: { status: 'closed', amountCents: 2 * line!.unitPriceCents } });
    const [note] = await db.select().from(creditNotes).where(eq(creditNotes.returnId, returnId));
    expect(note).toMatchObject({ amountCents: 2 * line!.unitPriceCents, status: 'open', customerId: A.lojista!.customerId });
    const mails = await db.select().from(emailOutbox).where(sql`${emailOutbox.meta}->>'returnId' = ${returnId}`);
    expect(mails.length).toBe(6);
    expect(mails.every((m) => m.toAddress === 'lojista@venda.local')).toBe(true);
  });
});
