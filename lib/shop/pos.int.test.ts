import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, emailOutbox, registerSessions, saleLines, salePayments, sales, shopProducts, shops, stockLedger } from '@/db/schema';
import { makeUser } from '@/db/testing/fixtures';
import { actorOf, must } from '@/db/testing/staff';
import { closeRegister, moveRegisterCash, openRegister } from './register-use-cases';
import { sessionExpected } from './register-totals';
import { voidSale } from './sale-use-cases';
import { setRetailPrice } from './price-use-cases';
import { emailReceipt } from './receipt-email';
import { renderStoredEmail } from '@/lib/email/render-email';
import { shopTestKit, type ShopTestKit } from './shop-test-kit';

let k: ShopTestKit;
beforeAll(async () => {
  k = await shopTestKit();
});
afterAll(() => k.drop());

describe('finishing a sale', () => {
  it('prices from the shop (cost + markup), takes the discounts, settles cash with change and moves the stock once', async () => {
    const v = k.variants[0]!.id;
    await k.stock(k.own.locationId, v, 5);
    const key = randomUUID();
    const result = await k.sell(k.own.clerk, k.own.sessionId, { idempotencyKey: key, lines: [{ variantId: v, quantity: 2, discount: '10,00' }], discount: '5%', payments: [{ method: 'cash', amount: '200,00' }] });
    const sale = must('sale', result);
    // 2 × R$ 100,00 = 200,00 − 10,00 on the line = 190,00 − 5% (9,50) = 180,50; change 19,50.
    expect(sale).toMatchObject({ totalCents: 18_050, changeCents: 1_950, repeated: false });
    const [row] = await k.db.select().from(sales).where(eq(sales.id, sale.saleId));
    expect(row).toMatchObject({ subtotalCents: 20_000, lineDiscountCents: 1_000, discountCents: 950, totalCents: 18_050, status: 'completed', sellerId: k.own.clerk.userId });
    expect(await k.db.select({ unit: saleLines.unitPriceCents, total: saleLines.totalCents }).from(saleLines).where(eq(saleLines.saleId, sale.saleId))).toEqual([{ unit: 10_000, total: 19_000 }]);
    expect(await k.db.select({ method: salePayments.method, amount: salePayments.amountCents, tendered: salePayments.tenderedCents }).from(salePayments).where(eq(salePayments.saleId, sale.saleId))).toEqual([{ method: 'cash', amount: 18_050, tendered: 20_000 }]);
    expect(await k.onHand(k.own.locationId, v)).toBe(3);
    expect(await k.db.select({ kind: stockLedger.kind, quantity: stockLedger.quantity }).from(stockLedger).where(eq(stockLedger.saleId, sale.saleId))).toEqual([{ kind: 'sale', quantity: -2 }]);
    expect(await k.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityId, sale.saleId), eq(auditLog.action, 'sales.finish')))).toHaveLength(1);

    // The same checkout sent again (a double click): the same sale, no second stock movement.
    const again = must('again', await k.sell(k.own.clerk, k.own.sessionId, { idempotencyKey: key, lines: [{ variantId: v, quantity: 2 }], payments: [{ method: 'cash', amount: '200,00' }] }));
    expect(again).toMatchObject({ saleId: sale.saleId, repeated: true });
    expect(await k.onHand(k.own.locationId, v)).toBe(3);
  });

  it('splits a payment between cash and PIX, change only from cash; card or PIX above the total is refused', async () => {
    const v = k.variants[1]!.id;
    await k.stock(k.own.locationId, v, 2);
    const split = must('split', await k.sell(k.own.clerk, k.own.sessionId, { lines: [{ variantId: v, quantity: 1 }], payments: [{ method: 'pix', amount: '60,00' }, { method: 'cash', amount: '50' }] }));
    expect(split.changeCents).toBe(1_000);
    expect((await k.db.select({ method: salePayments.method, amount: salePayments.amountCents }).from(salePayments).where(eq(salePayments.saleId, split.saleId))).sort((a, b) => a.method.localeCompare(b.method))).toEqual([
      { method: 'cash', amount: 4_000 },
      { method: 'pix', amount: 6_000 },
    ]);
    const over = await k.sell(k.own.clerk, k.own.sessionId, { lines: [{ variantId: v, quantity: 1 }], payments: [{ method: 'credit', amount: '150,00', installments: 3 }] });
    expect(over).toMatchObject({ ok: false, error: 'shop.errors.payment.overpaidWithoutCash', fieldErrors: { payments: ['shop.errors.payment.overpaidWithoutCash'] } });
    const short = await k.sell(k.own.clerk, k.own.sessionId, { lines: [{ variantId: v, quantity: 1 }], payments: [{ method: 'debit', amount: '99,99' }] });
    expect(short).toMatchObject({ ok: false, error: 'shop.errors.payment.short' });
    expect(await k.onHand(k.own.locationId, v)).toBe(1);
  });

  it('refuses a discount above the shop maximum, at the field, with the maximum', async () => {
    const v = k.variants[1]!.id;
    const result = await k.sell(k.own.clerk, k.own.sessionId, { lines: [{ variantId: v, quantity: 1 }], discount: '10,01', payments: [{ method: 'cash', amount: '100' }] });
    expect(result).toMatchObject({ ok: false, error: 'shop.errors.discountAboveMax', fieldErrors: { discount: ['shop.errors.discountAboveMax'] }, meta: { max: 10 } });
    const line = await k.sell(k.own.clerk, k.own.sessionId, { lines: [{ variantId: v, quantity: 1, discount: '11%' }], payments: [{ method: 'cash', amount: '100' }] });
    expect(line).toMatchObject({ ok: false, fieldErrors: { 'lines.0.discount': ['shop.errors.discountAboveMax'] } });
    const typo = await k.sell(k.own.clerk, k.own.sessionId, { lines: [{ variantId: v, quantity: 1 }], discount: 'dez', payments: [{ method: 'cash', amount: '100' }] });
    expect(typo).toMatchObject({ ok: false, fieldErrors: { discount: ['shop.errors.discountFormat'] } });
  });

  it('two clerks selling the last unit at the same time: one sale, one clear refusal', async () => {
    const v = k.variants[2]!.id;
    await k.stock(k.own.locationId, v, 1);
    const sale = (clerk: typeof k.own.clerk) => k.sell(clerk, k.own.sessionId, { lines: [{ variantId: v, quantity: 1 }], payments: [{ method: 'debit', amount: '100,00' }] });
    const results = await Promise.all([sale(k.own.clerk), sale(k.own.clerk2)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok)!;
    expect(refused).toMatchObject({ ok: false, error: 'shop.errors.stockShort', meta: { lines: expect.stringContaining('Vestido Midi') } });
    expect(await k.onHand(k.own.locationId, v)).toBe(0);
  });

  it('selling more than the shop has is refused unless the owner allows negative stock', async () => {
    const v = k.variants[2]!.id;
    const sale = () => k.sell(k.own.clerk, k.own.sessionId, { lines: [{ variantId: v, quantity: 2 }], payments: [{ method: 'pix', amount: '200,00' }] });
    expect(await sale()).toMatchObject({ ok: false, error: 'shop.errors.stockShort' });
    await k.db.update(shops).set({ allowNegativeStock: true }).where(eq(shops.id, k.own.shop.id));
    must('negative', await sale());
    expect(await k.onHand(k.own.locationId, v)).toBe(-2);
    await k.db.update(shops).set({ allowNegativeStock: false }).where(eq(shops.id, k.own.shop.id));
  });

  it('a product outside the shop assortment, a closed register or another shop session is refused', async () => {
    const v = k.variants[0]!.id;
    const foreign = await k.sell(k.own.clerk, k.other.sessionId, { lines: [{ variantId: v, quantity: 1 }], payments: [{ method: 'cash', amount: '100' }] });
    expect(foreign).toMatchObject({ ok: false, error: 'shop.errors.registerClosed' });
    const rep = await actorOf(k.db, (await makeUser(k.db, 'representante')).id);
    expect(await k.sell(rep, k.own.sessionId, { lines: [{ variantId: v, quantity: 1 }], payments: [{ method: 'cash', amount: '100' }] })).toMatchObject({ ok: false, error: 'errors.forbidden' });
  });
});

describe('the register', () => {
  it('opens once, takes withdrawals within its cash, closes with the count and the difference; no sale after closing', async () => {
    const { owner, clerk, registerId } = k.other;
    const v = k.variants[0]!.id;
    await k.stock(k.other.locationId, v, 3);
    expect(await k.run(clerk, openRegister, { registerId, float: '50' })).toMatchObject({ ok: false, error: 'shop.errors.registerAlreadyOpen' });
    must('sale', await k.sell(clerk, k.other.sessionId, { lines: [{ variantId: v, quantity: 1 }], payments: [{ method: 'cash', amount: '100' }] }));
    must('sale', await k.sell(clerk, k.other.sessionId, { lines: [{ variantId: v, quantity: 1 }], payments: [{ method: 'credit', amount: '100', installments: 2 }] }));
    must('deposit', await k.run(clerk, moveRegisterCash, { sessionId: k.other.sessionId, kind: 'deposit', amount: '20,00', reason: 'Troco do banco' }));
    expect(await k.run(clerk, moveRegisterCash, { sessionId: k.other.sessionId, kind: 'withdrawal', amount: '500,00', reason: 'Depósito' })).toMatchObject({ ok: false, fieldErrors: { amount: ['shop.errors.withdrawalAboveCash'] } });
    must('withdrawal', await k.run(clerk, moveRegisterCash, { sessionId: k.other.sessionId, kind: 'withdrawal', amount: '70,00', reason: 'Depósito no banco' }));
    // Float 100 + cash sale 100 + deposit 20 − withdrawal 70 = 150 in cash; 100 on credit.
    expect(await sessionExpected(k.db, k.other.sessionId)).toEqual({ cash: 15_000, debit: 0, credit: 10_000, pix: 0 });
    const closed = must('close', await k.run(clerk, closeRegister, { sessionId: k.other.sessionId, cash: '148,50', debit: '0', credit: '100,00', pix: '0' }));
    expect(closed.differenceCents).toBe(-150);
    const [session] = await k.db.select().from(registerSessions).where(eq(registerSessions.id, k.other.sessionId));
    expect(session).toMatchObject({ expected: { cash: 15_000, credit: 10_000 }, counted: { cash: 14_850, credit: 10_000 }, closedById: clerk.userId });
    expect(await k.sell(clerk, k.other.sessionId, { lines: [{ variantId: v, quantity: 1 }], payments: [{ method: 'cash', amount: '100' }] })).toMatchObject({ ok: false, error: 'shop.errors.registerClosed' });
    expect(await k.run(clerk, closeRegister, { sessionId: k.other.sessionId, cash: '1', debit: '0', credit: '0', pix: '0' })).toMatchObject({ ok: false, error: 'shop.errors.registerClosed' });
    // A count typed with letters is refused at its field, and what was typed comes back.
    const reopened = must('reopen', await k.run(owner, openRegister, { registerId, float: '10' }));
    expect(await k.run(clerk, closeRegister, { sessionId: reopened.sessionId, cash: 'dez reais', debit: '0', credit: '0', pix: '0' })).toMatchObject({ ok: false, fieldErrors: { cash: ['validation.money'] }, values: { cash: 'dez reais' } });
    k.other.sessionId = reopened.sessionId;
  });

  it('another shop, its clerk or its owner cannot touch this shop registers', async () => {
    expect(await k.run(k.other.clerk, moveRegisterCash, { sessionId: k.own.sessionId, kind: 'deposit', amount: '1', reason: 'Teste' })).toMatchObject({ ok: false, error: 'errors.notFound' });
    expect(await k.run(k.other.owner, closeRegister, { sessionId: k.own.sessionId, cash: '0', debit: '0', credit: '0', pix: '0' })).toMatchObject({ ok: false, error: 'errors.notFound' });
    expect(await k.run(k.other.clerk, openRegister, { registerId: k.own.registerId, float: '0' })).toMatchObject({ ok: false, error: 'errors.notFound' });
  });
});

describe('voiding a sale', () => {
  it('the owner voids with a reason: stock back, the register reversed; a clerk or another shop cannot', async () => {
    const v = k.variants[1]!.id;
    await k.stock(k.own.locationId, v, 1);
    const before = await k.onHand(k.own.locationId, v);
    const expectedBefore = await sessionExpected(k.db, k.own.sessionId);
    const sale = must('sale', await k.sell(k.own.clerk, k.own.sessionId, { lines: [{ variantId: v, quantity: 1 }], payments: [{ method: 'pix', amount: '100' }] }));
    expect((await sessionExpected(k.db, k.own.sessionId)).pix).toBe(expectedBefore.pix + 10_000);

    expect(await k.run(k.own.clerk, voidSale, { saleId: sale.saleId, reason: 'Cliente desistiu' })).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await k.run(k.other.owner, voidSale, { saleId: sale.saleId, reason: 'Cliente desistiu' })).toMatchObject({ ok: false, error: 'errors.notFound' });
    expect(await k.run(k.own.owner, voidSale, { saleId: sale.saleId, reason: 'x' })).toMatchObject({ ok: false, fieldErrors: { reason: ['validation.reasonRequired'] } });

    must('void', await k.run(k.own.owner, voidSale, { saleId: sale.saleId, reason: 'Cliente desistiu' }));
    expect(await k.onHand(k.own.locationId, v)).toBe(before);
    expect(await sessionExpected(k.db, k.own.sessionId)).toEqual(expectedBefore);
    const [row] = await k.db.select().from(sales).where(eq(sales.id, sale.saleId));
    expect(row).toMatchObject({ status: 'voided', voidReason: 'Cliente desistiu', voidedById: k.own.owner.userId, voidSessionId: k.own.sessionId });
    expect(await k.db.select({ kind: stockLedger.kind, quantity: stockLedger.quantity }).from(stockLedger).where(eq(stockLedger.saleId, sale.saleId))).toEqual([
      { kind: 'sale', quantity: -1 },
      { kind: 'void', quantity: 1 },
    ]);
    expect(await k.run(k.own.owner, voidSale, { saleId: sale.saleId, reason: 'De novo' })).toMatchObject({ ok: false, error: 'shop.errors.alreadyVoided' });
  });
});

describe('retail prices', () => {
  it('the owner sets its own price, which the counter then charges; empty goes back to cost + markup; clerks and other shops cannot', async () => {
    const v = k.variants[0]!.id;
    await k.stock(k.own.locationId, v, 2);
    expect(await k.run(k.own.clerk, setRetailPrice, { productId: k.productId, price: '89,90' })).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await k.run(k.other.owner, setRetailPrice, { productId: k.productId, price: '1,00' })).toMatchObject({ ok: true });
    expect(await k.run(k.own.owner, setRetailPrice, { productId: k.productId, price: 'caro' })).toMatchObject({ ok: false, fieldErrors: { price: ['validation.money'] }, values: { price: 'caro' } });
    expect(await k.run(k.own.owner, setRetailPrice, { productId: k.productId, price: '89,90' })).toMatchObject({ ok: true, data: { priceCents: 8_990 } });
    const sale = must('sale', await k.sell(k.own.clerk, k.own.sessionId, { lines: [{ variantId: v, quantity: 1 }], payments: [{ method: 'pix', amount: '89,90' }] }));
    expect(sale.totalCents).toBe(8_990);
    expect(await k.run(k.own.owner, setRetailPrice, { productId: k.productId, price: '' })).toMatchObject({ ok: true, data: { priceCents: 10_000 } });
    // Another shop's price is its own: the other owner's R$ 1,00 changed nothing here.
    const [own] = await k.db.select().from(shopProducts).where(and(eq(shopProducts.shopId, k.own.shop.id), eq(shopProducts.productId, k.productId)));
    expect(own!.priceCents).toBeNull();
  });
});

describe('e-mailing a receipt', () => {
  it('queues the receipt once per address, rendered with the sale; another shop cannot; a bad address is refused at its field', async () => {
    const v = k.variants[1]!.id;
    await k.stock(k.own.locationId, v, 1);
    const sale = must('sale', await k.sell(k.own.clerk, k.own.sessionId, { lines: [{ variantId: v, quantity: 1 }], payments: [{ method: 'cash', amount: '120' }] }));
    expect(await k.run(k.own.clerk, emailReceipt, { saleId: sale.saleId, email: 'cliente@' })).toMatchObject({ ok: false, fieldErrors: { email: ['validation.email'] } });
    expect(await k.run(k.other.clerk, emailReceipt, { saleId: sale.saleId, email: 'cliente@exemplo.com.br' })).toMatchObject({ ok: false, error: 'errors.notFound' });
    const first = must('email', await k.run(k.own.clerk, emailReceipt, { saleId: sale.saleId, email: 'cliente@exemplo.com.br' }));
    const again = must('again', await k.run(k.own.clerk, emailReceipt, { saleId: sale.saleId, email: 'Cliente@Exemplo.com.br' }));
    expect(again.emailId).toBe(first.emailId);
    const rows = await k.db.select().from(emailOutbox).where(eq(emailOutbox.template, 'sale-receipt'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ toAddress: 'cliente@exemplo.com.br' });
    const rendered = await renderStoredEmail('sale-receipt', rows[0]!.data!, 'pt-BR');
    expect(rendered.subject).toMatch(new RegExp(`^Recibo da compra nº ${sale.number} — Aurora Centro$`));
    expect(rendered.text).toContain('Vestido Midi');
    expect(rendered.text).toMatch(/Troco\s+R\$\s20,00/);
  });
});
