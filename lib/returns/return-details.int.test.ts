import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, orderLines, returnLines, returns } from '@/db/schema';
import { makeOrder } from '@/db/testing/order-fixtures';
import { makeReturn } from '@/db/testing/return-fixtures';
import { ordersTestKit, type OrdersTestKit } from '@/lib/orders/orders-test-kit';
import type { Actor } from '@/lib/server/context';
import { returnableOrders } from './queries';
import { defaultDestination, RETURN_OUTCOMES, RETURN_REASONS } from './transitions';
import { authoriseReturn, openReturn, receiveReturn, recordReturnShipment } from './use-cases';
import { ForbiddenError } from '@/lib/server/errors';

let db: Db;
let drop: () => Promise<void>;
let A: OrdersTestKit['A'];
let variants: OrdersTestKit['variants'];
let run: OrdersTestKit['run'];
let setStock: OrdersTestKit['setStock'];
let rsChannel: string;
let termId: string;

beforeAll(async () => {
  ({ db, drop, A, variants, run, setStock, rsChannel, termId } = await ordersTestKit());
  for (const v of variants) await setStock(v.id, 50);
});
afterAll(() => drop());

/** A delivered order of `who`'s customer, one line per variant given. */
async function delivered(who: Actor, lines: { variantId: string; quantity: number }[]) {
  const order = await makeOrder(db, { customer: { id: who.customerId! }, channel: { id: rsChannel }, lines, state: 'delivered', paymentTermId: termId });
  const rows = await db.select().from(orderLines).where(eq(orderLines.orderId, order.id));
  return { ...order, lines: lines.map((l) => rows.find((r) => r.variantId === l.variantId)!) };
}

describe('returns: a reason per item', () => {
  it('stores each returned line with its own reason; the return keeps the first one; a returned line without a reason is refused', async () => {
    const order = await delivered(A.lojista!, [
      { variantId: variants[0]!.id, quantity: 2 },
      { variantId: variants[1]!.id, quantity: 3 },
      { variantId: variants[3]!.id, quantity: 1 },
    ]);
    const [a, b, c] = order.lines;
    const missing = await run(A.lojista!, openReturn, {
      orderId: order.id,
      lines: [
        { orderLineId: a!.id, quantity: '1', reason: 'defect' },
        { orderLineId: b!.id, quantity: '2', reason: '' },
      ],
    });
    expect(missing).toMatchObject({ ok: false, error: 'returns.errors.reasonRequired', fieldErrors: { 'lines.1.reason': ['returns.errors.reasonRequired'] } });
    expect(await run(A.lojista!, openReturn, { orderId: order.id, lines: [{ orderLineId: a!.id, quantity: '1', reason: 'broken' }] })).toMatchObject({
      ok: false,
      fieldErrors: { 'lines.0.reason': ['returns.errors.reasonRequired'] },
    });

    const opened = await run(A.lojista!, openReturn, {
      orderId: order.id,
      lines: [
        { orderLineId: a!.id, quantity: '1', reason: 'defect' },
        { orderLineId: b!.id, quantity: '2', reason: 'size' },
        { orderLineId: c!.id, quantity: '0', reason: '' },
      ],
    });
    expect(opened).toMatchObject({ ok: true });
    const returnId = (opened as { data: { returnId: string } }).data.returnId;
    const rows = await db
      .select({ orderLineId: returnLines.orderLineId, quantity: returnLines.quantity, reason: returnLines.reason })
      .from(returnLines)
      .where(eq(returnLines.returnId, returnId))
      .orderBy(asc(returnLines.quantity));
    expect(rows).toEqual([
      { orderLineId: a!.id, quantity: 1, reason: 'defect' },
      { orderLineId: b!.id, quantity: 2, reason: 'size' },
    ]);
    const [ret] = await db.select({ reason: returns.reason }).from(returns).where(eq(returns.id, returnId));
    expect(ret).toEqual({ reason: 'defect' });
  });

  it('the routing form never proposes restocking a defective item: an accepted defect goes to repair', () => {
    expect(defaultDestination('accepted', 'defect')).toBe('repair');
    expect(defaultDestination('accepted', 'size')).toBe('restock');
    expect(defaultDestination('accepted', 'transport_damage')).toBe('restock');
    expect(defaultDestination('rejected', 'defect')).toBe('send_back');
    expect(defaultDestination(null, 'defect')).toBe('repair');
    for (const outcome of RETURN_OUTCOMES) expect(defaultDestination(outcome, 'defect')).not.toBe('restock');
    for (const reason of RETURN_REASONS) expect(defaultDestination('rejected', reason)).toBe('send_back');
  });
});

describe('returns: return invoice (NF-e de devolução) and reverse-shipping code', () => {
  it('the shop records them once authorised, validated and audited; comercial receives keeping or completing them', async () => {
    const order = await delivered(A.lojista!, [{ variantId: variants[4]!.id, quantity: 2 }]);
    const ret = await makeReturn(db, { order, lines: [{ orderLineId: order.lines[0]!.id, quantity: 1 }] });
    const returnId = ret.id;
    expect(await run(A.lojista!, recordReturnShipment, { returnId, returnInvoice: '123456' })).toMatchObject({ ok: false, error: 'returns.errors.transition' });
    expect(await run(A.comercial!, authoriseReturn, { returnId })).toMatchObject({ ok: true });

    for (const bad of ['1234567890', 'abc', '123456-1234', '12345/ab', '1'.repeat(43), '1'.repeat(45), 'NF 123']) {
      expect(await run(A.lojista!, recordReturnShipment, { returnId, returnInvoice: bad }), bad).toMatchObject({ ok: false, fieldErrors: { returnInvoice: ['returns.errors.invoiceFormat'] } });
    }
    expect(await run(A.lojista!, recordReturnShipment, { returnId, reverseShippingCode: 'X'.repeat(41) })).toMatchObject({ ok: false, fieldErrors: { reverseShippingCode: ['validation.tooBig'] } });
    expect(await run(A.lojista!, recordReturnShipment, { returnId, returnInvoice: '', reverseShippingCode: '' })).toMatchObject({ ok: false, error: 'returns.errors.shipmentEmpty' });
    expect(await run(A.bella!, recordReturnShipment, { returnId, returnInvoice: '123456' })).toMatchObject({ ok: false, error: 'errors.notFound' });
    expect(await run(A.comercial!, recordReturnShipment, { returnId, returnInvoice: '123456' })).toMatchObject({ ok: false, error: 'errors.forbidden' });

    const accepted: [string, string][] = [
      ['123456789', '123456789'],
      ['123456-1', '123456-1'],
      ['42 / 001', '42/001'],
      ['4324 0512 3456 7800 0190 5500 1000 0012 3410 0012 3456', '43240512345678000190550010000012341000123456'],
    ];
    for (const [given, stored] of accepted) {
      expect(await run(A.lojista!, recordReturnShipment, { returnId, returnInvoice: given, reverseShippingCode: 'PR123456789BR' }), given).toMatchObject({ ok: true });
      const [row] = await db.select({ returnInvoice: returns.returnInvoice, reverseShippingCode: returns.reverseShippingCode }).from(returns).where(eq(returns.id, returnId));
      expect(row).toEqual({ returnInvoice: stored, reverseShippingCode: 'PR123456789BR' });
    }
    const audits = await db.select({ after: auditLog.after }).from(auditLog).where(and(eq(auditLog.entityId, returnId), eq(auditLog.action, 'returns.ship_back'))).orderBy(asc(auditLog.at), asc(auditLog.id));
    expect(audits.length).toBe(4);
    expect(audits.at(-1)!.after).toEqual({ returnInvoice: '43240512345678000190550010000012341000123456', reverseShippingCode: 'PR123456789BR' });

    expect(await run(A.comercial!, receiveReturn, { returnId, returnInvoice: 'x' })).toMatchObject({ ok: false, fieldErrors: { returnInvoice: ['returns.errors.invoiceFormat'] } });
    expect(await run(A.comercial!, receiveReturn, { returnId, returnInvoice: '', reverseShippingCode: '' })).toMatchObject({ ok: true, data: { status: 'received' } });
    const [kept] = await db.select({ returnInvoice: returns.returnInvoice, reverseShippingCode: returns.reverseShippingCode }).from(returns).where(eq(returns.id, returnId));
    expect(kept).toEqual({ returnInvoice: '43240512345678000190550010000012341000123456', reverseShippingCode: 'PR123456789BR' });
    expect(await run(A.lojista!, recordReturnShipment, { returnId, returnInvoice: '1' })).toMatchObject({ ok: false, error: 'returns.errors.transition' });
  });

  it('comercial records them at receipt when the shop did not', async () => {
    const order = await delivered(A.lojista!, [{ variantId: variants[5]!.id, quantity: 1 }]);
    const ret = await makeReturn(db, { order, state: 'authorised' });
    expect(await run(A.comercial!, receiveReturn, { returnId: ret.id, returnInvoice: '7788-2', reverseShippingCode: ' LR998877BR ' })).toMatchObject({ ok: true });
    const [row] = await db.select({ returnInvoice: returns.returnInvoice, reverseShippingCode: returns.reverseShippingCode }).from(returns).where(eq(returns.id, ret.id));
    expect(row).toEqual({ returnInvoice: '7788-2', reverseShippingCode: 'LR998877BR' });
    const [audit] = await db.select({ after: auditLog.after }).from(auditLog).where(and(eq(auditLog.entityId, ret.id), eq(auditLog.action, 'returns.receive')));
    expect(audit!.after).toMatchObject({ status: 'received', detail: { returnInvoice: '7788-2', reverseShippingCode: 'LR998877BR' } });
  });
});

describe('returns: the delivered-order picker', () => {
  it("lists only the shop's own delivered orders with units left to return", async () => {
    const mine = await delivered(A.lojista!, [{ variantId: variants[6]!.id, quantity: 2 }]);
    const theirs = await delivered(A.bella!, [{ variantId: variants[6]!.id, quantity: 2 }]);
    const submitted = await makeOrder(db, { customer: { id: A.lojista!.customerId! }, channel: { id: rsChannel }, lines: [{ variantId: variants[7]!.id, quantity: 1 }], paymentTermId: termId });

    const ids = async (who: Actor) => (await returnableOrders(db, who)).map((o) => o.id);
    const listed = await returnableOrders(db, A.lojista!);
    expect(listed.find((o) => o.id === mine.id)).toMatchObject({ number: mine.number, pieces: 2, left: 2 });
    expect(listed.map((o) => o.id)).not.toContain(theirs.id);
    expect(listed.map((o) => o.id)).not.toContain(submitted.id);
    expect(await ids(A.bella!)).toContain(theirs.id);
    expect(await ids(A.bella!)).not.toContain(mine.id);
    await expect(returnableOrders(db, A.comercial!)).rejects.toBeInstanceOf(ForbiddenError);

    await makeReturn(db, { order: mine, lines: [{ orderLineId: mine.lines[0]!.id, quantity: 1 }] });
    expect((await returnableOrders(db, A.lojista!)).find((o) => o.id === mine.id)).toMatchObject({ left: 1 });
    // A refused return gives its units back; an open one takes them.
    await makeReturn(db, { order: mine, lines: [{ orderLineId: mine.lines[0]!.id, quantity: 1 }], state: 'refused' });
    expect((await returnableOrders(db, A.lojista!)).find((o) => o.id === mine.id)).toMatchObject({ left: 1 });
    await makeReturn(db, { order: mine, lines: [{ orderLineId: mine.lines[0]!.id, quantity: 1 }] });
    expect(await ids(A.lojista!)).not.toContain(mine.id);
  });
});
