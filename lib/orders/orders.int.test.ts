import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { orderLines, orders, orderSettings, priceListItems, productRestrictions, products, productVariants } from '@/db/schema';
import { storefrontContext } from '@/lib/catalog/storefront';
import { ForbiddenError } from '@/lib/server/errors';
import { withdrawOrder } from './lifecycle-use-cases';
import { orderFilterSchema } from './filters';
import { ordersTestKit, type OrdersTestKit } from './orders-test-kit';
import { getOrder, iterateOrderLinesForExport, iterateOrdersForExport, listOrders } from './queries';
import { reorder } from './reorder';
import { addPackToOrder, addToOrder, removeOrderProduct, submitOrder, updateOrderTerms } from './use-cases';

let db: Db;
let drop: () => Promise<void>;
let A: OrdersTestKit['A'];
let productId: string;
let variants: OrdersTestKit['variants'];
let termId: string;
let run: OrdersTestKit['run'];
let setStock: OrdersTestKit['setStock'];
let placeOrder: OrdersTestKit['placeOrder'];

beforeAll(async () => {
  ({ db, drop, A, productId, variants, termId, run, setStock, placeOrder } = await ordersTestKit());
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
    const lines = await db.select().from(orderLines).where(eq(orderLines.orderId, orderId));
    expect(perLine).toHaveLength(lines.length);
    expect(perLine.every((r) => r.number === order!.number)).toBe(true);
    expect(perLine).toContainEqual(expect.objectContaining({ sku: expect.any(String), colorName: v.colorName, size: v.size, quantity: 3 }));
    for (const who of ['representante', 'lojista', 'usuario']) expect(() => iterateOrderLinesForExport(db, A[who]!, filter)).toThrow(ForbiddenError);
  });
});

describe('exports read in keyset chunks', () => {
  it('an order placed while the export runs shifts no row: none repeated, none skipped', async () => {
    const v = variants[3]!;
    await setStock(v.id, 100);
    for (let i = 0; i < 3; i++) await placeOrder(A.lojista!, v.id, 1);
    const filter = orderFilterSchema.parse({});
    const before = (await listOrders(db, A.comercial!, { ...filter, page: 1 })).total;
    const rows = iterateOrdersForExport(db, A.comercial!, filter, 2);
    const seen: number[] = [];
    for await (const r of rows) {
      seen.push(r.number);
      // After the first chunk, a new order arrives at the top of the list: with OFFSET the next chunk would repeat a row.
      if (seen.length === 2) await placeOrder(A.lojista!, v.id, 1);
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(before);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
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

describe('ordering again', () => {
  it("copies a past order's lines into the draft at today's prices, leaving out what the customer can no longer order", async () => {
    const v = variants[4]!;
    await setStock(v.id, 100);
    const pastId = await placeOrder(A.bella!, v.id, 5);
    const [past] = await db.select().from(orders).where(eq(orders.id, pastId));
    const listId = (await storefrontContext(db, A.bella!)).pricing!.listId!;
    const [price] = await db.select().from(priceListItems).where(and(eq(priceListItems.priceListId, listId), eq(priceListItems.productId, productId)));
    await db.update(priceListItems).set({ priceCents: price!.priceCents + 1000 }).where(and(eq(priceListItems.priceListId, listId), eq(priceListItems.productId, productId)));

    const again = await run(A.bella!, reorder, { orderId: pastId });
    expect(again).toMatchObject({ ok: true, data: { skipped: [] } });
    const draftId = (again as { data: { orderId: string } }).data.orderId;
    const [draft] = await db.select().from(orders).where(eq(orders.id, draftId));
    expect(draft).toMatchObject({ status: 'draft', customerId: past!.customerId, channelId: past!.channelId });
    const [line] = await db.select().from(orderLines).where(and(eq(orderLines.orderId, draftId), eq(orderLines.variantId, v.id)));
    expect(line).toMatchObject({ quantity: 5, unitPriceCents: price!.priceCents + 1000 });

    // Restricted since: nothing can be ordered again, and the draft is left as it was.
    await run(A.bella!, removeOrderProduct, { orderId: draftId, productId });
    const [restriction] = await db.insert(productRestrictions).values({ targetKind: 'product', targetValue: productId, audienceKind: 'customer', audienceValue: A.bella!.customerId! }).returning();
    const refused = await run(A.bella!, reorder, { orderId: pastId });
    expect(refused).toMatchObject({ ok: false, error: 'orders.errors.nothingToReorder' });
    expect(await db.select().from(orderLines).where(and(eq(orderLines.orderId, draftId), eq(orderLines.productId, productId)))).toHaveLength(0);
    await db.delete(productRestrictions).where(eq(productRestrictions.id, restriction!.id));
    await db.update(priceListItems).set({ priceCents: price!.priceCents }).where(and(eq(priceListItems.priceListId, listId), eq(priceListItems.productId, productId)));

    // Another shop's order does not exist for it; finance does not place orders.
    expect(await run(A.lojista!, reorder, { orderId: pastId })).toMatchObject({ ok: false, error: 'errors.notFound' });
    expect(await run(A.financeiro!, reorder, { orderId: pastId })).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await run(A.representante!, reorder, { orderId: pastId })).toMatchObject({ ok: true });
  });
});
