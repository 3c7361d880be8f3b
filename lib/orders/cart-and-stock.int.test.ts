import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { orders, productVariants, products } from '@/db/schema';
import { cartSummary } from './cart';
import { ordersTestKit, type OrdersTestKit } from './orders-test-kit';
import { addToOrder, submitOrder, updateOrderTerms } from './use-cases';

let kit: OrdersTestKit;
let db: Db;

beforeAll(async () => {
  kit = await ordersTestKit();
  db = kit.db;
});
afterAll(() => kit.drop());

describe('quantities above stock', () => {
  it('refuses at submission a line above the stock available at the origin, naming it; the draft keeps it', async () => {
    const { A, run, productId, variants, setStock, termId } = kit;
    const [ok, short] = [variants[0]!, variants[1]!];
    await setStock(ok.id, 10);
    await setStock(short.id, 3);
    const added = await run(A.lojista!, addToOrder, {
      productId,
      lines: [
        { variantId: ok.id, quantity: '2' },
        { variantId: short.id, quantity: '5' },
      ],
    });
    expect(added.ok).toBe(true);
    const orderId = (added as { data: { orderId: string } }).data.orderId;
    await run(A.lojista!, updateOrderTerms, { orderId, paymentTermId: termId, discount: '', notes: '' });

    const [product] = await db.select({ name: products.name }).from(products).where(eq(products.id, productId));
    const [v] = await db.select().from(productVariants).where(eq(productVariants.id, short.id));
    const res = await run(A.lojista!, submitOrder, { orderId });
    expect(res).toMatchObject({ ok: false, error: 'orders.errors.overStock', meta: { lines: `${product!.name} — ${v!.colorName} ${v!.size}: pedido 5, disponível 3` } });
    const [order] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId));
    expect(order!.status).toBe('draft');

    await setStock(short.id, 5);
    expect(await run(A.lojista!, submitOrder, { orderId })).toMatchObject({ ok: true, data: { status: 'submitted' } });
  });
});

describe('the header cart', () => {
  it('sums pieces and total per origin over the drafts in the actor’s scope only', async () => {
    const { A, run, productId, variants, setStock } = kit;
    await setStock(variants[2]!.id, 50);
    await setStock(variants[3]!.id, 50);
    const mine = await run(A.lojista!, addToOrder, {
      productId,
      lines: [
        { variantId: variants[2]!.id, quantity: '4' },
        { variantId: variants[3]!.id, quantity: '3' },
      ],
    });
    const hers = await run(A.bella!, addToOrder, { productId, lines: [{ variantId: variants[2]!.id, quantity: '6' }] });
    const mineId = (mine as { data: { orderId: string } }).data.orderId;
    const hersId = (hers as { data: { orderId: string } }).data.orderId;
    const [m] = await db.select({ totalCents: orders.totalCents }).from(orders).where(eq(orders.id, mineId));
    const [h] = await db.select({ totalCents: orders.totalCents }).from(orders).where(eq(orders.id, hersId));

    expect(await cartSummary(db, A.lojista!)).toEqual([expect.objectContaining({ channelId: kit.rsChannel, drafts: 1, orderId: mineId, pieces: 7, totalCents: m!.totalCents })]);
    expect(await cartSummary(db, A.bella!)).toEqual([expect.objectContaining({ drafts: 1, orderId: hersId, pieces: 6, totalCents: h!.totalCents })]);
    // Their representative sees both drafts, added up per origin.
    expect(await cartSummary(db, A.representante!)).toEqual([expect.objectContaining({ drafts: 2, pieces: 13, totalCents: m!.totalCents + h!.totalCents })]);
    expect(await cartSummary(db, A.otherRep!)).toEqual([]);
  });
});
