import { describe, expect, it } from 'vitest';
import { countDifference, discountShareBps, percentOf, registerExpected, SaleMathError, saleTotals, parseDiscount, settle } from './sale-math';

const none = { cash: 0, debit: 0, credit: 0, pix: 0 };

describe("a sale's totals", () => {
  it('adds the lines, takes each line discount and then the whole-sale discount, to the cent', () => {
    const t = saleTotals(
      [
        { quantity: 2, unitPriceCents: 8_990, discountCents: 1_000 },
        { quantity: 1, unitPriceCents: 15_990 },
        { quantity: 3, unitPriceCents: 333 },
      ],
      1_999,
    );
    expect(t).toEqual({
      lines: [
        { grossCents: 17_980, discountCents: 1_000, netCents: 16_980 },
        { grossCents: 15_990, discountCents: 0, netCents: 15_990 },
        { grossCents: 999, discountCents: 0, netCents: 999 },
      ],
      subtotalCents: 34_969,
      lineDiscountCents: 1_000,
      saleDiscountCents: 1_999,
      totalCents: 31_970,
    });
  });

  it('measures the discount against the maximum, a fraction of a cent above it counting as above', () => {
    expect(discountShareBps(saleTotals([{ quantity: 1, unitPriceCents: 10_000 }], 1_000))).toBe(1_000);
    expect(discountShareBps(saleTotals([{ quantity: 3, unitPriceCents: 3_333 }], 1_000))).toBe(1_001);
    expect(discountShareBps(saleTotals([]))).toBe(0);
    expect(percentOf(31_970, 7.5)).toBe(2_398);
  });

  it('refuses a discount larger than what it applies to, and impossible quantities or amounts', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e instanceof SaleMathError ? e.code : 'other';
      }
      return 'none';
    };
    expect(code(() => saleTotals([{ quantity: 1, unitPriceCents: 500, discountCents: 501 }]))).toBe('lineDiscountTooHigh');
    expect(code(() => saleTotals([{ quantity: 1, unitPriceCents: 500, discountCents: 100 }], 401))).toBe('saleDiscountTooHigh');
    expect(code(() => saleTotals([{ quantity: 0, unitPriceCents: 500 }]))).toBe('badQuantity');
    expect(code(() => saleTotals([{ quantity: 1.5, unitPriceCents: 500 }]))).toBe('badQuantity');
    expect(code(() => saleTotals([{ quantity: 1, unitPriceCents: -1 }]))).toBe('badAmount');
    expect(code(() => saleTotals([{ quantity: 1, unitPriceCents: 500 }], 0.5))).toBe('badAmount');
  });
});

describe('paying a sale', () => {
  it('gives change from cash only', () => {
    expect(settle(31_970, [{ method: 'cash', amountCents: 50_000 }])).toEqual({ ok: true, paidCents: 50_000, changeCents: 18_030, byMethod: { ...none, cash: 31_970 } });
  });

  it('splits between methods, adding up to the total to the cent', () => {
    const r = settle(31_970, [
      { method: 'pix', amountCents: 20_000 },
      { method: 'credit', amountCents: 10_000, installments: 3 },
      { method: 'cash', amountCents: 2_000 },
    ]);
    expect(r).toEqual({ ok: true, paidCents: 32_000, changeCents: 30, byMethod: { cash: 1_970, debit: 0, credit: 10_000, pix: 20_000 } });
    if (r.ok) expect(Object.values(r.byMethod).reduce((s, v) => s + v, 0)).toBe(31_970);
  });

  it('says what is missing, and refuses card or PIX above the total, bad amounts and installments', () => {
    expect(settle(31_970, [{ method: 'debit', amountCents: 30_000 }])).toEqual({ ok: false, error: 'short', missingCents: 1_970 });
    expect(settle(31_970, [{ method: 'pix', amountCents: 32_000 }])).toEqual({ ok: false, error: 'overpaidWithoutCash' });
    expect(settle(31_970, [{ method: 'pix', amountCents: 31_000 }, { method: 'cash', amountCents: 500 }, { method: 'debit', amountCents: 1_000 }])).toEqual({ ok: false, error: 'overpaidWithoutCash' });
    expect(settle(31_970, [])).toEqual({ ok: false, error: 'noPayment' });
    expect(settle(31_970, [{ method: 'cash', amountCents: 0 }])).toEqual({ ok: false, error: 'badAmount' });
    expect(settle(31_970, [{ method: 'credit', amountCents: 31_970, installments: 13 }])).toEqual({ ok: false, error: 'badInstallments' });
  });
});

describe('closing a register', () => {
  it('expects the float, the cash sales net of change, deposits less withdrawals; other methods as sold', () => {
    const expected = registerExpected({
      openingFloatCents: 20_000,
      sales: [
        { ...none, cash: 31_970 },
        { cash: 1_970, debit: 0, credit: 10_000, pix: 20_000 },
      ],
      movements: [
        { kind: 'withdrawal', amountCents: 30_000 },
        { kind: 'deposit', amountCents: 5_000 },
      ],
    });
    expect(expected).toEqual({ cash: 28_940, debit: 0, credit: 10_000, pix: 20_000 });
    expect(countDifference(expected, { cash: 28_900, debit: 0, credit: 10_000, pix: 20_000 })).toEqual({ byMethod: { cash: -40, debit: 0, credit: 0, pix: 0 }, totalCents: -40 });
  });
});

describe('parseDiscount', () => {
  it('reads an amount either way, a percentage of the base, and nothing as zero', () => {
    expect(parseDiscount('', 10_000)).toBe(0);
    expect(parseDiscount('5,50', 10_000)).toBe(550);
    expect(parseDiscount('1.234,56', 500_000)).toBe(123_456);
    expect(parseDiscount('1234.56', 500_000)).toBe(123_456);
    expect(parseDiscount('10%', 18_050)).toBe(1_805);
    expect(parseDiscount('7,5 %', 10_000)).toBe(750);
  });
  it('refuses what is not a discount', () => {
    expect(parseDiscount('dez', 10_000)).toBeNull();
    expect(parseDiscount('101%', 10_000)).toBeNull();
    expect(parseDiscount('-5', 10_000)).toBeNull();
  });
});
