import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { creditNotes, emailOutbox, orderLines, returnLines } from '@/db/schema';
import { approveOrder, deliverOrder, invoiceOrder, shipOrder } from '@/lib/orders/lifecycle-use-cases';
import { ordersTestKit, type OrdersTestKit } from '@/lib/orders/orders-test-kit';
import { authoriseReturn, closeReturn, inspectReturn, openReturn, receiveReturn, routeReturn } from './use-cases';
import type { Actor } from '@/lib/server/context';

let db: Db;
let drop: () => Promise<void>;
let A: OrdersTestKit['A'];
let variants: OrdersTestKit['variants'];
let run: OrdersTestKit['run'];
let setStock: OrdersTestKit['setStock'];
let stockOf: OrdersTestKit['stockOf'];
let placeOrder: OrdersTestKit['placeOrder'];

beforeAll(async () => {
  ({ db, drop, A, variants, run, setStock, stockOf, placeOrder } = await ordersTestKit());
});
afterAll(() => drop());

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
    const tooMany = await run(A.lojista!, openReturn, { orderId, lines: [{ orderLineId: line!.id, quantity: '4', reason: 'defect' }] });
    expect(tooMany).toMatchObject({ ok: false, fieldErrors: { 'lines.0.quantity': ['returns.errors.tooMany'] }, meta: { left: 3 } });
    expect(await run(A.lojista!, openReturn, { orderId, lines: [{ orderLineId: line!.id, quantity: '2', reason: 'size' }] })).toMatchObject({ ok: true });
    expect(await run(A.lojista!, openReturn, { orderId, lines: [{ orderLineId: line!.id, quantity: '2', reason: 'size' }] })).toMatchObject({ ok: false, meta: { left: 1 } });
    expect(await run(A.bella!, openReturn, { orderId, lines: [{ orderLineId: line!.id, quantity: '1', reason: 'size' }] })).toMatchObject({ ok: false, error: 'errors.notFound' });
    expect(await run(A.comercial!, openReturn, { orderId, lines: [{ orderLineId: line!.id, quantity: '1', reason: 'size' }] })).toMatchObject({ ok: false, error: 'errors.forbidden' });

    const notDelivered = await placeOrder(A.lojista!, v.id, 1);
    const [l2] = await db.select().from(orderLines).where(eq(orderLines.orderId, notDelivered));
    expect(await run(A.lojista!, openReturn, { orderId: notDelivered, lines: [{ orderLineId: l2!.id, quantity: '1', reason: 'defect' }] })).toMatchObject({ ok: false, error: 'returns.errors.notDelivered' });
  });

  it('authorise, receive, inspect, route to restock (stock rises) and close with a credit note at the order prices', async () => {
    const v = variants[2]!;
    await setStock(v.id, 10);
    const orderId = await deliveredOrder(A.lojista!, v.id, 4);
    expect((await stockOf(v.id)).onHand).toBe(6);
    const [line] = await db.select().from(orderLines).where(eq(orderLines.orderId, orderId));
    const badPhoto = await run(A.lojista!, openReturn, { orderId, lines: [{ orderLineId: line!.id, quantity: '2', reason: 'defect' }], photos: [Buffer.from('not an image').toString('base64')] });
    expect(badPhoto).toMatchObject({ ok: false, error: 'returns.errors.photoType' });
    const opened = await run(A.lojista!, openReturn, { orderId, description: 'Costura aberta', lines: [{ orderLineId: line!.id, quantity: '2', reason: 'defect' }], photos: [png] });
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
    expect(mails.every((m) => m.toAddress === A.lojista!.email)).toBe(true);
  });
});
