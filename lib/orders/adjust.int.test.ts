import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, emailOutbox, orderLines, orders } from '@/db/schema';
import { makeOrder } from '@/db/testing/order-fixtures';
import { outboxEmails } from '@/db/testing/outbox';
import { adjustOrder } from './adjust';
import { adjustTestKit, type AdjustTestKit } from './adjust-test-kit';
import { saveOrderSettings } from './condition-use-cases';
import { approveOrder } from './lifecycle-use-cases';
import { getOrder } from './queries';

let db: Db;
let drop: () => Promise<void>;
let A: AdjustTestKit['A'];
let rsChannel: string;
let variants: AdjustTestKit['variants'];
let termId: string;
let run: AdjustTestKit['run'];
let setStock: AdjustTestKit['setStock'];
let stockOf: AdjustTestKit['stockOf'];
let submitted: AdjustTestKit['submitted'];
let linesOf: AdjustTestKit['linesOf'];
let orderRow: AdjustTestKit['orderRow'];
let adjust: AdjustTestKit['adjust'];
let label: AdjustTestKit['label'];
let withListPrice: AdjustTestKit['withListPrice'];

beforeAll(async () => {
  ({ db, drop, A, rsChannel, variants, termId, run, setStock, stockOf, submitted, linesOf, orderRow, adjust, label, withListPrice } = await adjustTestKit());
});
afterAll(() => drop());

describe('adjusting the quantities of an order waiting for approval', () => {
  it('changes, removes and grows lines at the prices frozen at submission, totals from the server, with audit, timeline and an email to the shop', async () => {
    for (const i of [0, 1, 3]) await setStock(variants[i]!.id, 100);
    const order = await submitted([
      [0, 4],
      [1, 2],
      [3, 3],
    ]);
    const [{ unit }] = (await db.select({ unit: orderLines.unitPriceCents }).from(orderLines).where(eq(orderLines.orderId, order.id)).limit(1)) as [{ unit: number }];
    // Aurora (SC) buys through Atacado Sul (factor 1, no rounding) from RS: the base R$ 100,00 plus the 12% interstate ICMS adjustment.
    expect(unit).toBe(11_200);
    expect(order.totalCents).toBe(100_800);
    // The list changes after submission: the order keeps the price it was submitted at.
    const res = await withListPrice(99_999, () =>
      adjust('representante', order.id, [
        [0, 6],
        [1, 0],
        [3, 3],
      ]),
    );
    // 6 + 0 + 3 pieces at R$ 112,00, however the list moved.
    expect(res).toEqual({ ok: true, data: { subtotalCents: 100_800, discountCents: 0, totalCents: 100_800 } });
    expect(await linesOf(order.id)).toEqual(
      [
        [variants[0]!.id, 6, 11_200],
        [variants[3]!.id, 3, 11_200],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(await orderRow(order.id)).toMatchObject({ status: 'submitted', subtotalCents: 100_800, discountCents: 0, totalCents: 100_800 });
    // Nothing is reserved before the approval.
    expect((await stockOf(variants[0]!.id)).reserved).toBe(0);

    const [audit, ...more] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'orders.adjust'), eq(auditLog.entityId, order.id)));
    expect(more).toEqual([]);
    expect(audit).toMatchObject({ actorId: A.representante!.userId, actorRole: 'representante', entity: 'order' });
    expect(audit!.before).toEqual({
      totalCents: 100_800,
      lines: expect.arrayContaining([
        { variantId: variants[0]!.id, label: expect.stringContaining(label(0)), quantity: 4 },
        { variantId: variants[1]!.id, label: expect.stringContaining(label(1)), quantity: 2 },
      ]),
    });
    expect(audit!.after).toEqual({
      totalCents: 100_800,
      lines: expect.arrayContaining([
        { variantId: variants[0]!.id, label: expect.stringContaining(label(0)), quantity: 6 },
        { variantId: variants[1]!.id, label: expect.stringContaining(label(1)), quantity: 0 },
      ]),
    });
    expect((audit!.before as { lines: unknown[] }).lines).toHaveLength(2);

    // The timeline (as the shop sees it) shows the adjustment first, by the representative.
    const { timeline } = await getOrder(db, A.lojista!, order.id);
    expect(timeline.map((e) => e.action)).toEqual(['orders.adjust', 'orders.submit']);
    expect(timeline[0]!.actorName).toBe(A.representante!.name);

    // The shop is told by email; the representative, who adjusted, is not.
    const mails = await outboxEmails(db, and(eq(emailOutbox.template, 'order-adjusted'), sql`${emailOutbox.meta}->>'orderId' = ${order.id}`));
    expect(mails.map((m) => m.toAddress)).toEqual([A.lojista!.email]);
    expect(mails[0]!.subject).toBe(`Pedido #${order.number}: quantidades ajustadas`);
    expect(mails[0]!.text).toContain(`${A.representante!.name} ajustou as quantidades do pedido #${order.number}`);
    expect(mails[0]!.text).toContain(`${label(0)}: 4 → 6`);
    expect(mails[0]!.text).toContain(`${label(1)}: 2 → 0`);
  });

  it("recomputes the order's discount on the new subtotal; comercial may adjust too and the representative is told", async () => {
    await setStock(variants[0]!.id, 100);
    const order = await withListPrice(99_999, () => submitted([[0, 5]]));
    const [{ unit }] = (await db.select({ unit: orderLines.unitPriceCents }).from(orderLines).where(eq(orderLines.orderId, order.id))) as [{ unit: number }];
    // Test setup: a 12,5% discount as if agreed on the order (a shop cannot give itself one).
    await db.update(orders).set({ discountBps: 1250 }).where(eq(orders.id, order.id));
    const res = await adjust('comercial', order.id, [[0, 3]]);
    // 3 × 99.999 = 299.997; 12,5% of it is 37.499,625 → 37.500; 299.997 − 37.500 = 262.497.
    expect(unit).toBe(99_999);
    expect(res).toEqual({ ok: true, data: { subtotalCents: 299_997, discountCents: 37_500, totalCents: 262_497 } });
    expect(await orderRow(order.id)).toMatchObject({ subtotalCents: 299_997, discountCents: 37_500, totalCents: 262_497 });
    const mails = await db
      .select({ to: emailOutbox.toAddress })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.template, 'order-adjusted'), sql`${emailOutbox.meta}->>'orderId' = ${order.id}`));
    expect(mails.map((m) => m.to).sort()).toEqual([A.lojista!.email, A.representante!.email].sort());
  });

  it('refuses the shop, another representative, finance and employees, and leaves the order as it was', async () => {
    await setStock(variants[0]!.id, 100);
    const order = await submitted([[0, 4]]);
    const before = await linesOf(order.id);
    expect(await adjust('lojista', order.id, [[0, 2]])).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await adjust('otherRep', order.id, [[0, 2]])).toMatchObject({ ok: false, error: 'errors.notFound' });
    expect(await adjust('financeiro', order.id, [[0, 2]])).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await adjust('usuario', order.id, [[0, 2]])).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await linesOf(order.id)).toEqual(before);
    expect((await orderRow(order.id)).totalCents).toBe(order.totalCents);
    expect(
      await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'orders.adjust'), eq(auditLog.entityId, order.id))),
    ).toEqual([]);
  });

  it('refuses bad quantities, variants outside the order, emptying the order, and a change of nothing', async () => {
    await setStock(variants[0]!.id, 100);
    await setStock(variants[1]!.id, 100);
    const order = await submitted([
      [0, 4],
      [1, 2],
    ]);
    const before = await linesOf(order.id);
    expect(await adjust('representante', order.id, [[0, -1]])).toEqual(
      expect.objectContaining({ ok: false, error: 'errors.invalidInput', fieldErrors: { 'lines.0.quantity': ['validation.quantity'] } }),
    );
    expect(await adjust('representante', order.id, [[0, '1.5']])).toEqual(
      expect.objectContaining({ ok: false, error: 'errors.invalidInput', fieldErrors: { 'lines.0.quantity': ['validation.quantity'] } }),
    );
    expect(await adjust('representante', order.id, [[0, 'dois']])).toEqual(
      expect.objectContaining({ ok: false, error: 'errors.invalidInput', fieldErrors: { 'lines.0.quantity': ['validation.quantity'] } }),
    );
    expect(
      await adjust('representante', order.id, [
        [0, 2],
        [5, 1],
      ]),
    ).toMatchObject({ ok: false, error: 'orders.errors.notInOrder' });
    expect(
      await adjust('representante', order.id, [
        [0, 0],
        [1, 0],
      ]),
    ).toMatchObject({ ok: false, error: 'orders.errors.adjustEmpty' });
    expect(await adjust('representante', order.id, [[0, 4]])).toMatchObject({ ok: false, error: 'orders.errors.adjustNothing' });
    // A price or any other field from the client is not taken: the schema is strict.
    expect(await run(A.representante!, adjustOrder, { orderId: order.id, lines: [{ variantId: variants[0]!.id, quantity: '2', unitPriceCents: '1' }] })).toMatchObject({
      ok: false,
      error: 'errors.unknownFields',
    });
    expect(await linesOf(order.id)).toEqual(before);
    expect((await orderRow(order.id)).totalCents).toBe(order.totalCents);
    // Removing one line of two is fine.
    expect(await adjust('representante', order.id, [[1, 0]])).toMatchObject({ ok: true, data: { totalCents: 44_800 } });
  });

  it('adjusts only while the order waits for approval', async () => {
    await setStock(variants[0]!.id, 100);
    const approved = await makeOrder(db, {
      customer: { id: A.lojista!.customerId! },
      channel: { id: rsChannel },
      lines: [{ variantId: variants[0]!.id, quantity: 2 }],
      state: 'approved',
      paymentTermId: termId,
    });
    expect(await adjust('representante', approved.id, [[0, 1]])).toMatchObject({ ok: false, error: 'orders.errors.notAdjustable' });
    expect(await adjust('comercial', approved.id, [[0, 1]])).toMatchObject({ ok: false, error: 'orders.errors.notAdjustable' });
    const rejected = await makeOrder(db, {
      customer: { id: A.lojista!.customerId! },
      channel: { id: rsChannel },
      lines: [{ variantId: variants[0]!.id, quantity: 2 }],
      state: 'rejected',
      paymentTermId: termId,
    });
    expect(await adjust('representante', rejected.id, [[0, 1]])).toMatchObject({ ok: false, error: 'orders.errors.notAdjustable' });
    // A draft is the shop's to edit (orders.set_lines), not the brand's to adjust (Bella's: Aurora's next orders start from an empty draft).
    const draft = await makeOrder(db, {
      customer: { id: A.bella!.customerId! },
      channel: { id: rsChannel },
      lines: [{ variantId: variants[0]!.id, quantity: 2 }],
      state: 'draft',
      paymentTermId: termId,
    });
    expect(await adjust('representante', draft.id, [[0, 1]])).toMatchObject({ ok: false, error: 'orders.errors.notAdjustable' });
    expect(await linesOf(approved.id)).toEqual([[variants[0]!.id, 2, expect.any(Number)]]);
    expect((await stockOf(variants[0]!.id)).reserved).toBe(2);
  });

  it('lets a line grow only within the stock available at the origin; a reduction needs none', async () => {
    const [a, b] = [variants[6]!, variants[7]!];
    await setStock(a.id, 10);
    await setStock(b.id, 10);
    const order = await submitted([
      [6, 3],
      [7, 3],
    ]);
    // Stock moves after submission: b now has less than the order asks.
    await setStock(b.id, 2);
    const res = await adjust('representante', order.id, [[6, 11]]);
    expect(res).toMatchObject({ ok: false, error: 'orders.errors.adjustOverStock' });
    expect(String((res as { meta?: { lines: string } }).meta?.lines)).toContain(`${a.colorName} ${a.size}: pedido 11, disponível 10`);
    expect(await linesOf(order.id)).toEqual(
      [
        [a.id, 3, expect.any(Number)],
        [b.id, 3, expect.any(Number)],
      ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
    // Growing a within its stock passes though b is still above its own (the approval's reservation is the final guard)…
    expect(await adjust('representante', order.id, [[6, 10]])).toMatchObject({ ok: true });
    // …and bringing b down to what is there lets the approval reserve everything.
    expect(await adjust('representante', order.id, [[7, 2]])).toMatchObject({ ok: true, data: { totalCents: 134_400 } });
    expect(await run(A.representante!, approveOrder, { orderId: order.id })).toMatchObject({ ok: true, data: { status: 'approved' } });
    expect(await stockOf(a.id)).toMatchObject({ onHand: 10, reserved: 10 });
    expect(await stockOf(b.id)).toMatchObject({ onHand: 2, reserved: 2 });
  });

  it('keeps the minimum order: an adjustment below it is refused, naming what is missing', async () => {
    await setStock(variants[0]!.id, 100);
    const order = await submitted([[0, 6]]);
    const admin = A.admin!;
    const settings = (minOrder: string) => run(admin, saveOrderSettings, { minOrder, quantityMultiple: '1', maxDiscount: { lojista: '0', representante: '10', comercial: '20', admin: '30' } });
    expect(await settings('500,00')).toMatchObject({ ok: true });
    try {
      const res = await adjust('representante', order.id, [[0, 4]]);
      expect(res).toMatchObject({ ok: false, error: 'orders.errors.adjustConditions' });
      // 4 × R$ 112,00 = R$ 448,00.
      expect(String((res as { meta?: { problems: string } }).meta?.problems)).toMatch(/Faltam R\$\s52,00 para o pedido mínimo de R\$\s500,00/);
      expect(await adjust('representante', order.id, [[0, 5]])).toMatchObject({ ok: true, data: { totalCents: 56_000 } });
    } finally {
      expect(await settings('0,00')).toMatchObject({ ok: true });
    }
  });
});
