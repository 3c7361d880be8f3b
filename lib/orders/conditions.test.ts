import { describe, expect, it } from 'vitest';
import { parseInstallmentDays } from './condition-use-cases';
import { checkConditions, expandPack, installments, lineCreditCents, netLineCents, netUnitCents, orderTotals, type Conditions, type OrderFacts } from './conditions';

const conditions: Conditions = { minOrderCents: 50_000, minOrderByUf: { AM: 200_000 }, quantityMultiple: 1, maxDiscountBps: { representante: 1000, lojista: 0 }, paymentTermIds: ['t1'] };
const facts = (over: Partial<OrderFacts> = {}): OrderFacts => ({
  uf: 'SC',
  role: 'lojista',
  discountBps: 0,
  paymentTermId: 't1',
  totals: orderTotals([{ quantity: 10, unitPriceCents: 10_000 }], 0),
  products: [{ name: 'Vestido', quantity: 10 }],
  ...over,
});

describe('order conditions', () => {
  it('passes an order that meets everything', () => {
    expect(checkConditions(facts(), conditions)).toEqual([]);
  });
  it('says how much is missing for the minimum, with the UF minimum overriding the global one', () => {
    expect(checkConditions(facts({ totals: orderTotals([{ quantity: 4, unitPriceCents: 10_000 }], 0) }), conditions)).toEqual([{ code: 'minimum', minimumCents: 50_000, missingCents: 10_000 }]);
    expect(checkConditions(facts({ uf: 'AM' }), conditions)).toEqual([{ code: 'minimum', minimumCents: 200_000, missingCents: 100_000 }]);
  });
  it("caps the discount by the submitter's role", () => {
    expect(checkConditions(facts({ discountBps: 500 }), conditions)).toContainEqual({ code: 'discount', maxBps: 0 });
    expect(checkConditions(facts({ role: 'representante', discountBps: 1000, totals: orderTotals([{ quantity: 10, unitPriceCents: 10_000 }], 1000) }), conditions)).toEqual([]);
  });
  it('names each product the customer can no longer order', () => {
    const products = [{ name: 'Vestido', quantity: 10, available: true }, { name: 'Saia (S-01)', quantity: 2, available: false }];
    expect(checkConditions(facts({ products }), conditions)).toEqual([{ code: 'unavailable', product: 'Saia (S-01)' }]);
  });
  it('requires an offered payment term', () => {
    expect(checkConditions(facts({ paymentTermId: null }), conditions)).toEqual([{ code: 'paymentTerm' }]);
    expect(checkConditions(facts({ paymentTermId: 'gone' }), conditions)).toEqual([{ code: 'paymentTerm' }]);
  });
  it('names each product whose quantity is not a multiple of the pack multiple', () => {
    const c = { ...conditions, quantityMultiple: 6 };
    expect(checkConditions(facts({ products: [{ name: 'Vestido', quantity: 12 }, { name: 'Saia', quantity: 7 }] }), c)).toEqual([{ code: 'multiple', product: 'Saia', quantity: 7, multiple: 6 }]);
  });
  it('an empty order has one problem: it is empty', () => {
    expect(checkConditions(facts({ products: [] }), conditions)).toEqual([{ code: 'empty' }]);
  });
});

describe('order money', () => {
  it('adds lines and rounds the discount to the cent', () => {
    expect(orderTotals([{ quantity: 3, unitPriceCents: 3333 }], 250)).toEqual({ subtotalCents: 9999, discountCents: 250, totalCents: 9749 });
    expect(netUnitCents(3333, 250)).toBe(3250);
  });
  it('expands packs and reads installment terms', () => {
    expect(expandPack({ P: 1, M: 2 }, 3)).toEqual({ P: 3, M: 6 });
    expect(parseInstallmentDays('30/60/90')).toEqual([30, 60, 90]);
    expect(parseInstallmentDays('0')).toEqual([0]);
    expect(parseInstallmentDays('60/30')).toBeNull();
    expect(parseInstallmentDays('trinta')).toBeNull();
  });
});

describe('return credits', () => {
  it('shares the order discount among the lines so they add up exactly to the total', () => {
    const lines = [
      { id: 'a', quantity: 3, unitPriceCents: 3333 },
      { id: 'b', quantity: 1, unitPriceCents: 1 },
      { id: 'c', quantity: 7, unitPriceCents: 1999 },
    ];
    const totals = orderTotals(lines, 1250);
    const net = netLineCents(lines, totals.discountCents);
    expect([...net.values()].reduce((s, c) => s + c, 0)).toBe(totals.totalCents);
    expect(netLineCents(lines, 0).get('a')).toBe(9999);
  });
  it('never credits more than the shop paid, however the line is returned', () => {
    // 1000 pieces at R$ 1,05 with 10 %: paid R$ 945,00; a per-unit rounding would credit R$ 950,00.
    const lines = [{ id: 'x', quantity: 1000, unitPriceCents: 105 }];
    const paid = orderTotals(lines, 1000).totalCents;
    const net = netLineCents(lines, orderTotals(lines, 1000).discountCents).get('x')!;
    expect(paid).toBe(94_500);
    expect(lineCreditCents(net, 1000, 1000)).toBe(94_500);
    expect(lineCreditCents(net, 1000, 333) + lineCreditCents(net, 1000, 333) + lineCreditCents(net, 1000, 334)).toBeLessThanOrEqual(94_500);
  });
});

describe('installments', () => {
  it('splits the total over the term, the leftover cents on the first, due days after invoicing', () => {
    const invoiced = new Date('2026-11-02T15:00:00Z');
    const parts = installments(100_000, [30, 60, 90], invoiced);
    expect(parts.map((p) => p.amountCents)).toEqual([33_334, 33_333, 33_333]);
    expect(parts.reduce((s, p) => s + p.amountCents, 0)).toBe(100_000);
    expect(parts[0]!.dueAt!.toISOString()).toBe('2026-12-02T15:00:00.000Z');
    expect(installments(100_000, [30, 60], null).every((p) => p.dueAt === null)).toBe(true);
    expect(installments(5_000, [0], null)).toEqual([{ days: 0, amountCents: 5_000, dueAt: null }]);
    expect(installments(5_000, [], null)).toEqual([]);
  });
});
