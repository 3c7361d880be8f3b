import 'server-only';
import { and, eq, gte, isNotNull, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbExecutor } from '@/db/client';
import { bills, registerMovements, salePayments, sales } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import type { Actor } from '@/lib/server/context';
import { addDays, addMonths, saoPauloDate } from './bill-math';
import type { CurrentShop } from './current';
import { unpaidDueBetween } from './bill-queries';
import { PAYMENT_METHODS, type PaymentMethod } from './sale-math';
import { shopRecordScope } from './scope';

export const cashFlowFilterSchema = z.object({
  visao: z.enum(['diario', 'mensal']).catch('diario'),
  de: z.iso.date().optional().catch(undefined),
  ate: z.iso.date().optional().catch(undefined),
});
export type CashFlowFilter = z.infer<typeof cashFlowFilterSchema>;

export type CashFlowRow = {
  period: string;
  sales: Record<PaymentMethod, number>;
  deposits: number;
  withdrawals: number;
  billsPaid: number;
  /** Unpaid bills due in the period: what will go out (the projection). */
  billsDue: number;
  inCents: number;
  outCents: number;
  netCents: number;
};

const SP_DAY = (column: unknown) => sql<string>`to_char((${column} AT TIME ZONE 'America/Sao_Paulo')::date, 'YYYY-MM-DD')`;

/** The window asked for, or the default: this month day by day, or the last 10 months and the next 2 month by month. */
export function cashFlowWindow(f: CashFlowFilter, today = saoPauloDate()): { from: string; to: string } {
  const monthStart = `${today.slice(0, 7)}-01`;
  const fallback = f.visao === 'mensal' ? { from: addMonths(monthStart, -9), to: addMonths(monthStart, 3) } : { from: monthStart, to: addMonths(monthStart, 1) };
  let from = f.de ?? fallback.from;
  let to = f.ate ?? (f.de ? addMonths(f.de, f.visao === 'mensal' ? 12 : 1) : fallback.to);
  if (to < from) [from, to] = [to, from];
  // At most about a year and a half of days: a long window is read by month.
  if (to > addMonths(from, 18)) to = addMonths(from, 18);
  // `to` is exclusive: the day after the last one shown.
  return { from, to };
}

/**
 * Money in and out of a shop over a window, by day or month: what sales took by payment method,
 * register deposits and withdrawals, bills paid, and (the projection) bills still to pay by their
 * due day. Days are São Paulo days.
 */
export async function cashFlow(db: DbExecutor, actor: Actor, shop: CurrentShop, f: CashFlowFilter): Promise<{ from: string; to: string; rows: CashFlowRow[] }> {
  assertCan(actor, 'shop.bills');
  const { from, to } = cashFlowWindow(f);
  const last = addDays(to, -1);
  const inWindow = (column: unknown) => sql`${column} >= (${from}::date)::timestamp AT TIME ZONE 'America/Sao_Paulo' AND ${column} < (${to}::date)::timestamp AT TIME ZONE 'America/Sao_Paulo'`;
  const scope = shopRecordScope(actor, sales.shopId);
  const [sold, moved, paid, due] = await Promise.all([
    db
      .select({ day: SP_DAY(sales.createdAt), method: salePayments.method, cents: sql<number>`sum(${salePayments.amountCents})`.mapWith(Number) })
      .from(salePayments)
      .innerJoin(sales, eq(sales.id, salePayments.saleId))
      .where(and(eq(sales.shopId, shop.id), scope, eq(sales.status, 'completed'), inWindow(sales.createdAt)))
      .groupBy(sql`1`, salePayments.method),
    db
      .select({ day: SP_DAY(registerMovements.at), kind: registerMovements.kind, cents: sql<number>`sum(${registerMovements.amountCents})`.mapWith(Number) })
      .from(registerMovements)
      .where(and(eq(registerMovements.shopId, shop.id), shopRecordScope(actor, registerMovements.shopId), inWindow(registerMovements.at)))
      .groupBy(sql`1`, registerMovements.kind),
    db
      .select({ day: sql<string>`to_char(${bills.paidOn}, 'YYYY-MM-DD')`, cents: sql<number>`sum(${bills.paidCents})`.mapWith(Number) })
      .from(bills)
      .where(and(eq(bills.shopId, shop.id), shopRecordScope(actor, bills.shopId), isNotNull(bills.paidOn), gte(bills.paidOn, from), lte(bills.paidOn, last)))
      .groupBy(sql`1`),
    db
      .select({ day: sql<string>`to_char(${bills.dueOn}, 'YYYY-MM-DD')`, cents: sql<number>`sum(${bills.amountCents})`.mapWith(Number) })
      .from(bills)
      .where(and(unpaidDueBetween(shop.id, from, last), shopRecordScope(actor, bills.shopId)))
      .groupBy(sql`1`),
  ]);

  const key = (day: string) => (f.visao === 'mensal' ? day.slice(0, 7) : day);
  const rows = new Map<string, CashFlowRow>();
  const empty = (period: string): CashFlowRow => ({ period, sales: { cash: 0, debit: 0, credit: 0, pix: 0 }, deposits: 0, withdrawals: 0, billsPaid: 0, billsDue: 0, inCents: 0, outCents: 0, netCents: 0 });
  for (let day = from; day < to; day = addDays(day, 1)) if (!rows.has(key(day))) rows.set(key(day), empty(key(day)));
  const at = (day: string) => rows.get(key(day)) ?? rows.set(key(day), empty(key(day))).get(key(day))!;
  for (const s of sold) at(s.day).sales[s.method] += s.cents;
  for (const m of moved) at(m.day)[m.kind === 'deposit' ? 'deposits' : 'withdrawals'] += m.cents;
  for (const p of paid) at(p.day).billsPaid += p.cents;
  for (const d of due) at(d.day).billsDue += d.cents;
  for (const r of rows.values()) {
    r.inCents = PAYMENT_METHODS.reduce((s, m) => s + r.sales[m], 0) + r.deposits;
    r.outCents = r.withdrawals + r.billsPaid + r.billsDue;
    r.netCents = r.inCents - r.outCents;
  }
  return { from, to, rows: [...rows.values()] };
}
