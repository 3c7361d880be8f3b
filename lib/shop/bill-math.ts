/**
 * Accounts payable arithmetic, pure: a bill split into monthly installments to the cent, calendar
 * dates (YYYY-MM-DD) in São Paulo, and a bill's state on a given day.
 */

/** The calendar day in São Paulo at `now` (what "today" means for a Brazilian shop), as YYYY-MM-DD. */
export function saoPauloDate(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** `months` later, on the same day or the month's last when it is shorter (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}

/** `days` later (or earlier, when negative). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A total in `count` monthly installments from `firstDue`: equal cents, the remainder on the first ones, adding back to the total. */
export function splitInstallments(totalCents: number, count: number, firstDue: string): { installment: number; dueOn: string; amountCents: number }[] {
  if (!Number.isSafeInteger(totalCents) || totalCents < count || !Number.isInteger(count) || count < 1 || count > 24) throw new RangeError('bad installments');
  const base = Math.floor(totalCents / count);
  const rest = totalCents - base * count;
  return Array.from({ length: count }, (_, i) => ({ installment: i + 1, dueOn: addMonths(firstDue, i), amountCents: base + (i < rest ? 1 : 0) }));
}

export type BillState = 'paid' | 'overdue' | 'due';

/** Paid; overdue once its due day has passed unpaid; otherwise due. */
export function billState(bill: { dueOn: string; paidOn: string | null }, today: string): BillState {
  if (bill.paidOn) return 'paid';
  return bill.dueOn < today ? 'overdue' : 'due';
}
