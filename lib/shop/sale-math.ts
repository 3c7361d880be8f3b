/**
 * The arithmetic of a shop's sale and of its cash register, in integer cents: one place for the POS
 * screen (its live total), the sale use case (which recomputes everything from the database) and the
 * register's closing. Pure, so every case is a unit test.
 */

import { parseMoneyCents } from '@/lib/money';

export type SaleLine = { quantity: number; unitPriceCents: number; /** Off this line, in cents. */ discountCents?: number };

export type SaleTotals = {
  /** Per line: quantity × unit price, its discount, what is left. */
  lines: { grossCents: number; discountCents: number; netCents: number }[];
  subtotalCents: number;
  lineDiscountCents: number;
  /** Off the whole sale, after the lines' own discounts. */
  saleDiscountCents: number;
  totalCents: number;
};

export class SaleMathError extends Error {
  constructor(readonly code: 'lineDiscountTooHigh' | 'saleDiscountTooHigh' | 'badQuantity' | 'badAmount') {
    super(code);
  }
}

const isCents = (n: number) => Number.isSafeInteger(n) && n >= 0;

/** The lines' gross, their discounts, the whole-sale discount and the total. A discount larger than what it applies to is refused, not cut. */
export function saleTotals(lines: SaleLine[], saleDiscountCents = 0): SaleTotals {
  const computed = lines.map((l) => {
    if (!Number.isSafeInteger(l.quantity) || l.quantity <= 0) throw new SaleMathError('badQuantity');
    if (!isCents(l.unitPriceCents) || !isCents(l.discountCents ?? 0)) throw new SaleMathError('badAmount');
    const grossCents = l.quantity * l.unitPriceCents;
    const discountCents = l.discountCents ?? 0;
    if (discountCents > grossCents) throw new SaleMathError('lineDiscountTooHigh');
    return { grossCents, discountCents, netCents: grossCents - discountCents };
  });
  if (!isCents(saleDiscountCents)) throw new SaleMathError('badAmount');
  const subtotalCents = computed.reduce((s, l) => s + l.grossCents, 0);
  const lineDiscountCents = computed.reduce((s, l) => s + l.discountCents, 0);
  const afterLines = subtotalCents - lineDiscountCents;
  if (saleDiscountCents > afterLines) throw new SaleMathError('saleDiscountTooHigh');
  return { lines: computed, subtotalCents, lineDiscountCents, saleDiscountCents, totalCents: afterLines - saleDiscountCents };
}

/** Every discount of the sale as a share of its gross, in basis points (rounded up: 10,01% counts as above 10%). */
export function discountShareBps(t: Pick<SaleTotals, 'subtotalCents' | 'lineDiscountCents' | 'saleDiscountCents'>): number {
  if (t.subtotalCents === 0) return 0;
  return Math.ceil(((t.lineDiscountCents + t.saleDiscountCents) * 10_000) / t.subtotalCents);
}

/** A percentage typed at the counter ("10", "7,5") as the discount in cents of `baseCents`, rounded to the cent. */
export function percentOf(baseCents: number, percent: number): number {
  return Math.round((baseCents * percent) / 100);
}

export const PAYMENT_METHODS = ['cash', 'debit', 'credit', 'pix'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export type Payment = { method: PaymentMethod; amountCents: number; /** Credit only: 1–12. */ installments?: number };

export type Settlement =
  | { ok: true; paidCents: number; changeCents: number; /** What each method really took, change taken off the cash. */ byMethod: Record<PaymentMethod, number> }
  | { ok: false; error: 'noPayment' | 'short' | 'overpaidWithoutCash' | 'badInstallments' | 'badAmount'; missingCents?: number };

/**
 * Whether `payments` settle `totalCents`, split however the buyer likes: together they must reach
 * the total to the cent; only cash may go over it (the difference is the change, and never more than
 * the cash given); card and PIX amounts are exactly what they charge.
 */
export function settle(totalCents: number, payments: Payment[]): Settlement {
  if (payments.length === 0) return { ok: false, error: 'noPayment' };
  if (payments.some((p) => !Number.isSafeInteger(p.amountCents) || p.amountCents <= 0)) return { ok: false, error: 'badAmount' };
  if (payments.some((p) => p.method === 'credit' && p.installments !== undefined && (!Number.isInteger(p.installments) || p.installments < 1 || p.installments > 12))) return { ok: false, error: 'badInstallments' };
  const paidCents = payments.reduce((s, p) => s + p.amountCents, 0);
  if (paidCents < totalCents) return { ok: false, error: 'short', missingCents: totalCents - paidCents };
  const cash = payments.filter((p) => p.method === 'cash').reduce((s, p) => s + p.amountCents, 0);
  const changeCents = paidCents - totalCents;
  if (changeCents > cash) return { ok: false, error: 'overpaidWithoutCash' };
  const byMethod = Object.fromEntries(PAYMENT_METHODS.map((m) => [m, payments.filter((p) => p.method === m).reduce((s, p) => s + p.amountCents, 0)])) as Record<PaymentMethod, number>;
  byMethod.cash -= changeCents;
  return { ok: true, paidCents, changeCents, byMethod };
}

/** A register session's money: the opening float, what each sale took by method (net of change), and the withdrawals (sangria) and deposits (suprimento). */
export type RegisterActivity = {
  openingFloatCents: number;
  sales: Record<PaymentMethod, number>[];
  movements: { kind: 'withdrawal' | 'deposit'; amountCents: number }[];
};

/** What should be in the register per method at closing: cash is the float plus cash sales plus deposits less withdrawals. */
export function registerExpected(a: RegisterActivity): Record<PaymentMethod, number> {
  const expected = Object.fromEntries(PAYMENT_METHODS.map((m) => [m, a.sales.reduce((s, sale) => s + sale[m], 0)])) as Record<PaymentMethod, number>;
  expected.cash += a.openingFloatCents + a.movements.reduce((s, m) => s + (m.kind === 'deposit' ? m.amountCents : -m.amountCents), 0);
  return expected;
}

/** Counted less expected, per method and in all: positive is money over, negative money missing. */
export function countDifference(expected: Record<PaymentMethod, number>, counted: Record<PaymentMethod, number>) {
  const byMethod = Object.fromEntries(PAYMENT_METHODS.map((m) => [m, counted[m] - expected[m]])) as Record<PaymentMethod, number>;
  return { byMethod, totalCents: PAYMENT_METHODS.reduce((s, m) => s + byMethod[m], 0) };
}

/**
 * A discount as typed at the counter: an amount ("5", "5,50", "1.234,56") or a percentage of `baseCents`
 * ("10%", "7,5 %"). Empty is no discount; anything else unreadable is null.
 */
export function parseDiscount(text: string, baseCents: number): number | null {
  const typed = text.trim();
  if (!typed) return 0;
  const percent = /^(\d{1,3}(?:[.,]\d{1,2})?)\s*%$/.exec(typed);
  if (percent) {
    const value = Number(percent[1]!.replace(',', '.'));
    return value > 100 ? null : percentOf(baseCents, value);
  }
  return parseMoneyCents(typed, 10);
}
