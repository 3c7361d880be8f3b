import { describe, expect, it } from 'vitest';
import { addMonths, billState, saoPauloDate, splitInstallments } from './bill-math';

describe('bill arithmetic', () => {
  it('splits a total into monthly installments that add back to the cent', () => {
    const parts = splitInstallments(100_000, 3, '2026-01-31');
    expect(parts).toEqual([
      { installment: 1, dueOn: '2026-01-31', amountCents: 33_334 },
      { installment: 2, dueOn: '2026-02-28', amountCents: 33_333 },
      { installment: 3, dueOn: '2026-03-31', amountCents: 33_333 },
    ]);
    expect(parts.reduce((s, p) => s + p.amountCents, 0)).toBe(100_000);
    expect(() => splitInstallments(100, 25, '2026-01-01')).toThrow(RangeError);
  });
  it('adds months to the last day of shorter months, across years', () => {
    expect(addMonths('2027-12-15', 2)).toBe('2028-02-15');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  });
  it('reads today in São Paulo and a bill as paid, overdue or due', () => {
    expect(saoPauloDate(new Date('2026-11-30T02:30:00Z'))).toBe('2026-11-29');
    expect(billState({ dueOn: '2026-11-28', paidOn: null }, '2026-11-29')).toBe('overdue');
    expect(billState({ dueOn: '2026-11-29', paidOn: null }, '2026-11-29')).toBe('due');
    expect(billState({ dueOn: '2026-11-01', paidOn: '2026-11-02' }, '2026-11-29')).toBe('paid');
  });
});
