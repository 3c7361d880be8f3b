import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOutbox, purchaseRequestLines, purchaseRequests, shopProducts, stockLevels } from '@/db/schema';
import { must } from '@/db/testing/staff';
import { storedEmailAttachments } from '@/lib/email/render-email';
import { setMinimum } from '@/lib/stock';
import { cancelPurchaseRequest, createSupplier, receivePurchaseRequest, sendPurchaseRequest, setProductSupplier } from './purchase-use-cases';
import { shopTestKit, type ShopTestKit } from './shop-test-kit';
import { addShopLocation, adjustShopStock, transferShopStock } from './stock-use-cases';
import { shopLedger } from './stock-queries';
import { currentShop } from './current';
import { setRegisterLocation } from './register-use-cases';

let k: ShopTestKit;
let supplierId: string;
beforeAll(async () => {
  k = await shopTestKit();
  ({ supplierId } = must('supplier', await k.run(k.own.owner, createSupplier, { name: 'Distribuidora Sul Têxtil', cnpj: '11.222.333/0001-81', email: 'pedidos@sultextil.com.br', phone: '(48) 3222-1100', contact: 'Marta' })));
  must('assign', await k.run(k.own.owner, setProductSupplier, { productId: k.productId, supplierId }));
});
afterAll(() => k.drop());

const openLines = () =>
  k.db
    .select({ requestId: purchaseRequests.id, variantId: purchaseRequestLines.variantId, quantity: purchaseRequestLines.quantity })
    .from(purchaseRequestLines)
    .innerJoin(purchaseRequests, eq(purchaseRequests.id, purchaseRequestLines.requestId))
    .where(and(eq(purchaseRequests.shopId, k.own.shop.id), eq(purchaseRequests.status, 'open')));

describe('suppliers', () => {
  it('refuses a CNPJ with a wrong check digit at its field, and a CNPJ twice', async () => {
    expect(await k.run(k.own.owner, createSupplier, { name: 'Fornecedor X', cnpj: '11.222.333/0001-82', email: 'x@x.com.br' })).toMatchObject({ ok: false, fieldErrors: { cnpj: ['validation.cnpj'] }, values: { cnpj: '11.222.333/0001-82' } });
    expect(await k.run(k.own.owner, createSupplier, { name: 'Outro', cnpj: '11222333000181', email: 'y@y.com.br' })).toMatchObject({ ok: false, fieldErrors: { cnpj: ['shop.errors.supplierTaken'] } });
    expect(await k.run(k.own.clerk, createSupplier, { name: 'Outro', cnpj: '11222333000181', email: 'y@y.com.br' })).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await k.run(k.other.owner, setProductSupplier, { productId: k.productId, supplierId })).toMatchObject({ ok: false, error: 'errors.notFound' });
  });
});

describe('minimum stock opens a purchase request', () => {
  it('concurrent sales taking a variant to its minimum open one request with one line', async () => {
    const v = k.variants[0]!.id;
    await k.stock(k.own.locationId, v, 6);
    await setMinimum(k.db, k.own.locationId, v, 3);
    const sale = (clerk: typeof k.own.clerk) => k.sell(clerk, k.own.sessionId, { lines: [{ variantId: v, quantity: 1 }], payments: [{ method: 'debit', amount: '100' }] });
    const results = await Promise.all([sale(k.own.clerk), sale(k.own.clerk2), sale(k.own.clerk), sale(k.own.clerk2), sale(k.own.owner)]);
    expect(results.every((r) => r.ok)).toBe(true);
    const lines = await openLines();
    expect(lines).toHaveLength(1);
    // The sale that left 3 (the minimum) opened it, asking back up to twice the minimum: 2 × 3 − 3.
    expect(lines[0]).toMatchObject({ variantId: v, quantity: 3 });
    expect(await k.db.select().from(purchaseRequests).where(and(eq(purchaseRequests.shopId, k.own.shop.id), eq(purchaseRequests.status, 'open')))).toHaveLength(1);
  });

  it('an adjustment reaching the minimum adds its line to the same open request', async () => {
    const v = k.variants[1]!.id;
    await k.stock(k.own.locationId, v, 4);
    await setMinimum(k.db, k.own.locationId, v, 2);
    must('adjust', await k.run(k.own.owner, adjustShopStock, { locationId: k.own.locationId, variantId: v, quantity: '-2', reason: 'Peça danificada' }));
    const lines = await openLines();
    expect(new Set(lines.map((l) => l.requestId)).size).toBe(1);
    expect(lines.find((l) => l.variantId === v)).toMatchObject({ quantity: 2 });
    // A clerk does not adjust counts; another shop does not reach this one's locations.
    expect(await k.run(k.own.clerk, adjustShopStock, { locationId: k.own.locationId, variantId: v, quantity: '1', reason: 'Achei' })).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await k.run(k.other.owner, adjustShopStock, { locationId: k.own.locationId, variantId: v, quantity: '1', reason: 'Achei' })).toMatchObject({ ok: false, error: 'errors.notFound' });
  });
});

describe('sending and receiving', () => {
  it('the owner edits and sends: one outbox e-mail to the supplier with the PDF; receiving enters the goods once', async () => {
    const lines = await openLines();
    const requestId = lines[0]!.requestId;
    const [dropped, kept] = [lines.find((l) => l.variantId === k.variants[1]!.id)!, lines.find((l) => l.variantId === k.variants[0]!.id)!];
    expect(await k.run(k.own.clerk, sendPurchaseRequest, { requestId, notes: '', lines: [] })).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await k.run(k.other.owner, sendPurchaseRequest, { requestId, notes: '', lines: [] })).toMatchObject({ ok: false, error: 'errors.notFound' });
    must('send', await k.run(k.own.owner, sendPurchaseRequest, { requestId, notes: 'Entregar até sexta.', lines: [{ variantId: dropped.variantId, quantity: '0' }, { variantId: kept.variantId, quantity: '12' }] }));

    const emails = await k.db.select().from(emailOutbox).where(eq(emailOutbox.template, 'purchase-request'));
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ toAddress: 'pedidos@sultextil.com.br', status: 'pending' });
    expect((emails[0]!.data as { lines: unknown[] }).lines).toEqual([expect.objectContaining({ quantity: 12, sku: expect.any(String) })]);
    const [pdf] = await storedEmailAttachments('purchase-request', emails[0]!.data!, 'pt-BR');
    expect(pdf!.filename).toMatch(/^pedido-de-compra-\d+\.pdf$/);
    expect(pdf!.contentType).toBe('application/pdf');
    expect(Buffer.from(pdf!.content).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await k.run(k.own.owner, sendPurchaseRequest, { requestId, notes: '', lines: [] })).toMatchObject({ ok: false, error: 'shop.errors.requestNotOpen' });

    const before = (await k.db.select().from(stockLevels).where(and(eq(stockLevels.locationId, k.own.locationId), eq(stockLevels.variantId, kept.variantId))))[0]!.onHand;
    must('receive', await k.run(k.own.owner, receivePurchaseRequest, { requestId }));
    const after = (await k.db.select().from(stockLevels).where(and(eq(stockLevels.locationId, k.own.locationId), eq(stockLevels.variantId, kept.variantId))))[0]!.onHand;
    expect(after - before).toBe(12);
    expect(await k.run(k.own.owner, receivePurchaseRequest, { requestId })).toMatchObject({ ok: false, error: 'shop.errors.requestNotSent' });
  });

  it('an open request can be cancelled by its owner; the next minimum opens a new one', async () => {
    const v = k.variants[2]!.id;
    await k.stock(k.own.locationId, v, 3);
    await setMinimum(k.db, k.own.locationId, v, 2);
    must('adjust', await k.run(k.own.owner, adjustShopStock, { locationId: k.own.locationId, variantId: v, quantity: '-1', reason: 'Contagem' }));
    const [line] = await openLines();
    must('cancel', await k.run(k.own.owner, cancelPurchaseRequest, { requestId: line!.requestId }));
    expect(await openLines()).toEqual([]);
    await k.db.update(shopProducts).set({ supplierId: null }).where(eq(shopProducts.shopId, k.other.shop.id));
  });
});

describe('the shop locations', () => {
  it('the owner adds a back room and moves goods there, all or nothing; clerks and other shops cannot', async () => {
    const v = k.variants[2]!.id;
    const { locationId: backRoom } = must('location', await k.run(k.own.owner, addShopLocation, { name: 'Depósito' }));
    expect(await k.run(k.own.owner, addShopLocation, { name: 'Depósito' })).toMatchObject({ ok: false, fieldErrors: { name: ['shop.errors.locationTaken'] } });
    // Every variant of the assortment is at the new location at once, with nothing on hand.
    const levels = await k.db.select({ variantId: stockLevels.variantId, onHand: stockLevels.onHand }).from(stockLevels).where(eq(stockLevels.locationId, backRoom));
    expect(levels.map((l) => l.variantId).sort()).toEqual(k.variants.map((x) => x.id).sort());
    expect(levels.every((l) => l.onHand === 0)).toBe(true);
    const before = await k.onHand(k.own.locationId, v);
    must('transfer', await k.run(k.own.owner, transferShopStock, { fromLocationId: k.own.locationId, toLocationId: backRoom, variantId: v, quantity: '1', reason: 'Vitrine' }));
    expect([await k.onHand(k.own.locationId, v), await k.onHand(backRoom, v)]).toEqual([before - 1, 1]);
    expect(await k.run(k.own.owner, transferShopStock, { fromLocationId: backRoom, toLocationId: k.own.locationId, variantId: v, quantity: '5' })).toMatchObject({ ok: false, fieldErrors: { quantity: ['shop.errors.stockShort'] } });
    expect(await k.run(k.own.clerk, transferShopStock, { fromLocationId: backRoom, toLocationId: k.own.locationId, variantId: v, quantity: '1' })).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await k.run(k.other.owner, transferShopStock, { fromLocationId: k.other.locationId, toLocationId: backRoom, variantId: v, quantity: '1' })).toMatchObject({ ok: false, error: 'errors.notFound' });
    // The register can sell from the back room: the next sale takes the piece from there.
    expect(await k.run(k.own.clerk, setRegisterLocation, { registerId: k.own.registerId, locationId: backRoom })).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await k.run(k.other.owner, setRegisterLocation, { registerId: k.own.registerId, locationId: k.other.locationId })).toMatchObject({ ok: false, error: 'errors.notFound' });
    expect(await k.run(k.own.owner, setRegisterLocation, { registerId: k.own.registerId, locationId: k.other.locationId })).toMatchObject({ ok: false, fieldErrors: { locationId: ['validation.invalidOption'] } });
    must('register location', await k.run(k.own.owner, setRegisterLocation, { registerId: k.own.registerId, locationId: backRoom }));
    must('sell from back room', await k.sell(k.own.clerk, k.own.sessionId, { lines: [{ variantId: v, quantity: 1 }], payments: [{ method: 'debit', amount: '100' }] }));
    expect(await k.onHand(backRoom, v)).toBe(0);
    must('register location back', await k.run(k.own.owner, setRegisterLocation, { registerId: k.own.registerId, locationId: k.own.locationId }));
    // The shop's ledger shows both sides of the transfer, with the reason; another shop's shows neither; a clerk reads it too.
    const ledger = await shopLedger(k.db, k.own.clerk, await currentShop(k.db, k.own.clerk), { page: 1 });
    expect(ledger.rows.filter((r) => r.kind === 'transfer' && r.reason === 'Vitrine').map((r) => r.quantity).sort()).toEqual([-1, 1]);
    const theirs = await shopLedger(k.db, k.other.owner, await currentShop(k.db, k.other.owner), { page: 1 });
    expect(theirs.rows.some((r) => r.reason === 'Vitrine')).toBe(false);
  });
});
