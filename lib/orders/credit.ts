import { and, eq, inArray, ne, sql, type Column, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { orders } from '@/db/schema';
import { OPEN_STATUSES } from './transitions';

/** The orders that count against a customer's credit: those under way (held, approved, invoiced, shipped). */
const openOrdersOf = (customerId: string | Column): SQL => and(eq(orders.customerId, customerId), inArray(orders.status, [...OPEN_STATUSES]))!;

/**
 * What a customer already owes the brand in orders under way (held, approved, invoiced, shipped),
 * apart from `exceptOrderId`: the figure the credit limit is checked against at approval.
 */
export async function openOrdersCents(db: DbExecutor, customerId: string, exceptOrderId?: string): Promise<number> {
  const [row] = await db
    .select({ open: sql<number>`coalesce(sum(${orders.totalCents}), 0)`.mapWith(Number) })
    .from(orders)
    .where(and(openOrdersOf(customerId), exceptOrderId ? ne(orders.id, exceptOrderId) : undefined));
  return row?.open ?? 0;
}

/** The same figure for every row of a customers query at once: a correlated subquery on the outer customer id column. */
export function openOrdersCentsSql(customerId: Column): SQL<number> {
  return sql<number>`(select coalesce(sum(${orders.totalCents}), 0) from ${orders} where ${openOrdersOf(customerId)})`.mapWith(Number);
}

/** The credit check: does this order, on top of the open ones, pass the customer's limit? */
export function exceedsCredit(openCents: number, orderTotalCents: number, creditLimitCents: number): boolean {
  return openCents + orderTotalCents > creditLimitCents;
}
