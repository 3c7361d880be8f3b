import { eq, inArray } from 'drizzle-orm';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readDocument } from '@/lib/files/documents';
import { runRoute } from '@/lib/server/route-core';
import { billFileRoute } from './bill-file-route';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bills } from '@/db/schema';
import { must } from '@/db/testing/staff';
import { saoPauloDate } from './bill-math';
import { billDetail } from './bill-queries';
import { createBill, editBill, payBill, removeBill } from './bill-use-cases';
import { cashFlow } from './cash-flow';
import { currentShop } from './current';
import { moveRegisterCash } from './register-use-cases';
import { shopTestKit, type ShopTestKit } from './shop-test-kit';

let k: ShopTestKit;
beforeAll(async () => {
  process.env.UPLOADS_DIR = mkdtempSync(path.join(os.tmpdir(), 'venda-bills-'));
  k = await shopTestKit();
});
afterAll(() => k.drop());

describe('accounts payable', () => {
  it('splits a bill into monthly installments to the cent; pays one once; refuses other shops and clerks', async () => {
    const created = must('bill', await k.run(k.own.owner, createBill, { description: 'Aluguel da loja', category: 'Aluguel', dueOn: '2026-01-31', amount: '1.000,00', installments: '3', supplierId: '' }));
    const rows = await k.db.select().from(bills).where(eq(bills.shopId, k.own.shop.id)).orderBy(bills.installment);
    expect(rows.map((r) => [r.installment, r.dueOn, r.amountCents])).toEqual([
      [1, '2026-01-31', 33_334],
      [2, '2026-02-28', 33_333],
      [3, '2026-03-31', 33_333],
    ]);
    expect(created.billIds).toHaveLength(3);
    expect(await k.run(k.own.owner, createBill, { description: 'Energia', category: 'Energia', dueOn: '31/02/2026', amount: '10', installments: '1' })).toMatchObject({ ok: false, fieldErrors: { dueOn: ['validation.date'] }, values: { dueOn: '31/02/2026' } });
    expect(await k.run(k.own.clerk, createBill, { description: 'Energia', category: 'Energia', dueOn: '2026-02-10', amount: '10', installments: '1' })).toMatchObject({ ok: false, error: 'errors.forbidden' });

    const first = rows[0]!.id;
    expect(await k.run(k.other.owner, payBill, { billId: first, paidOn: '2026-01-30', amount: '333,34' })).toMatchObject({ ok: false, error: 'errors.notFound' });
    must('pay', await k.run(k.own.owner, payBill, { billId: first, paidOn: '2026-01-30', amount: '333,34' }));
    expect((await k.db.select().from(bills).where(eq(bills.id, first)))[0]).toMatchObject({ paidOn: '2026-01-30', paidCents: 33_334 });
    expect(await k.run(k.own.owner, payBill, { billId: first, paidOn: '2026-01-31', amount: '333,34' })).toMatchObject({ ok: false, error: 'shop.errors.billPaid' });
  });

  it('corrects or removes an open installment, never a paid one; other shops and clerks cannot', async () => {
    const { billIds } = must('bill', await k.run(k.own.owner, createBill, { description: 'Internet', category: 'Outros', dueOn: '2026-05-10', amount: '200,00', installments: '2', supplierId: '' }));
    const [one, two] = billIds as [string, string];
    const edit = { billId: one, supplierId: '', description: 'Internet fibra', category: 'Serviços', dueOn: '2026-05-15', amount: '99,90' };
    expect(await k.run(k.own.owner, editBill, { ...edit, amount: '0,00' })).toMatchObject({ ok: false, fieldErrors: { amount: ['validation.money'] } });
    expect(await k.run(k.own.owner, editBill, { ...edit, amount: 'noventa' })).toMatchObject({ ok: false, fieldErrors: { amount: ['validation.money'] }, values: { description: 'Internet fibra', amount: 'noventa' } });
    expect(await k.run(k.own.clerk, editBill, edit)).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await k.run(k.other.owner, editBill, edit)).toMatchObject({ ok: false, error: 'errors.notFound' });
    must('edit', await k.run(k.own.owner, editBill, edit));
    expect((await k.db.select().from(bills).where(eq(bills.id, one)))[0]).toMatchObject({ description: 'Internet fibra', category: 'Serviços', dueOn: '2026-05-15', amountCents: 9_990, paidOn: null });
    const shop = await currentShop(k.db, k.own.owner);
    expect((await billDetail(k.db, k.own.owner, shop, one))!.group.map((b) => b.id)).toEqual([one, two]);
    expect(await billDetail(k.db, k.other.owner, await currentShop(k.db, k.other.owner), one)).toBeNull();

    must('pay', await k.run(k.own.owner, payBill, { billId: one, paidOn: '2026-05-14', amount: '99,90' }));
    expect(await k.run(k.own.owner, editBill, { ...edit, amount: '1,00' })).toMatchObject({ ok: false, error: 'shop.errors.billPaid' });
    expect(await k.run(k.own.owner, removeBill, { billId: one })).toMatchObject({ ok: false, error: 'shop.errors.billPaid' });
    expect(await k.run(k.other.owner, removeBill, { billId: two })).toMatchObject({ ok: false, error: 'errors.notFound' });
    must('remove', await k.run(k.own.owner, removeBill, { billId: two }));
    expect((await k.db.select({ id: bills.id }).from(bills).where(inArray(bills.id, billIds))).map((b) => b.id)).toEqual([one]);
  });
});

describe('a bill file', () => {
  it('keeps a PDF or an image, checked by its bytes, on every installment of the bill; anything else is refused at the field', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF').toString('base64');
    const made = must('bill', await k.run(k.own.owner, createBill, { description: 'Boleto da distribuidora', category: 'Mercadorias', dueOn: '2026-12-10', amount: '500', installments: '2', file: pdf }));
    const rows = await k.db.select().from(bills).where(inArray(bills.id, made.billIds));
    expect(rows.map((r) => r.fileType)).toEqual(['application/pdf', 'application/pdf']);
    expect(new Set(rows.map((r) => r.fileKey)).size).toBe(1);
    expect((await readDocument(rows[0]!.fileKey!)).subarray(0, 5).toString()).toBe('%PDF-');
    // The file is served exactly when the bill is the caller's shop's: its owner yes; a clerk, another shop, no.
    const get = (actor: typeof k.own.owner) => runRoute({ db: k.db, actor }, 'shop.bills', billFileRoute, new Request('http://x/lojista/contas/x/arquivo'), { id: rows[0]!.id });
    const served = await get(k.own.owner);
    expect([served.status, served.headers.get('content-type'), served.headers.get('x-content-type-options')]).toEqual([200, 'application/pdf', 'nosniff']);
    expect((await get(k.other.owner)).status).toBe(404);
    expect((await get(k.own.clerk)).status).toBe(403);
    const text = Buffer.from('<script>alert(1)</script>').toString('base64');
    expect(await k.run(k.own.owner, createBill, { description: 'Outro boleto', category: 'Mercadorias', dueOn: '2026-12-10', amount: '10', installments: '1', file: text })).toMatchObject({ ok: false, fieldErrors: { file: ['shop.errors.billFileType'] } });
    // Removing one installment keeps the file for the other; removing the last one deletes it.
    must('remove first', await k.run(k.own.owner, removeBill, { billId: rows[0]!.id }));
    expect((await readDocument(rows[0]!.fileKey!)).length).toBeGreaterThan(0);
    must('remove last', await k.run(k.own.owner, removeBill, { billId: rows[1]!.id }));
    await expect(readDocument(rows[0]!.fileKey!)).rejects.toThrow(/ENOENT/);
  });
});

describe('cash flow', () => {
  it('adds today sales by method and deposits as money in; withdrawals, bills paid and bills due as money out', async () => {
    const today = saoPauloDate();
    const v = k.variants[0]!.id;
    await k.stock(k.other.locationId, v, 5);
    must('sale', await k.sell(k.other.clerk, k.other.sessionId, { lines: [{ variantId: v, quantity: 1 }], payments: [{ method: 'pix', amount: '100' }] }));
    must('sale', await k.sell(k.other.clerk, k.other.sessionId, { lines: [{ variantId: v, quantity: 2 }], payments: [{ method: 'cash', amount: '150' }, { method: 'debit', amount: '50' }] }));
    must('deposit', await k.run(k.other.clerk, moveRegisterCash, { sessionId: k.other.sessionId, kind: 'deposit', amount: '30', reason: 'Troco' }));
    must('withdrawal', await k.run(k.other.clerk, moveRegisterCash, { sessionId: k.other.sessionId, kind: 'withdrawal', amount: '20', reason: 'Banco' }));
    const [paid] = must('bill', await k.run(k.other.owner, createBill, { description: 'Energia', category: 'Energia', dueOn: today, amount: '45,50', installments: '1' })).billIds;
    must('pay', await k.run(k.other.owner, payBill, { billId: paid, paidOn: today, amount: '45,50' }));
    must('bill', await k.run(k.other.owner, createBill, { description: 'Fornecedor', category: 'Mercadorias', dueOn: today, amount: '80', installments: '1' }));

    const shop = await currentShop(k.db, k.other.owner);
    const daily = await cashFlow(k.db, k.other.owner, shop, { visao: 'diario', de: today });
    const row = daily.rows.find((r) => r.period === today)!;
    expect(row).toMatchObject({ sales: { cash: 15_000, debit: 5_000, credit: 0, pix: 10_000 }, deposits: 3_000, withdrawals: 2_000, billsPaid: 4_550, billsDue: 8_000, inCents: 33_000, outCents: 14_550, netCents: 18_450 });
    const monthly = await cashFlow(k.db, k.other.owner, shop, { visao: 'mensal' });
    expect(monthly.rows.find((r) => r.period === today.slice(0, 7))).toMatchObject({ inCents: 33_000, outCents: 14_550 });
    // Another shop's owner sees none of it.
    const own = await cashFlow(k.db, k.own.owner, await currentShop(k.db, k.own.owner), { visao: 'diario', de: today });
    expect(own.rows.find((r) => r.period === today)?.sales.pix ?? 0).toBe(0);
  });
});
