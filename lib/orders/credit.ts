import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { orders } from '@/db/schema';
import { OPEN_STATUSES } from './transitions';

/**
 * What a customer already owes the brand in orders under way (held, approved, invoiced, shipped),
 * apart from `exceptOrderId`: the figure the credit limit is checked against at approval.
 */
export async function openOrdersCents(db: DbExecutor, customerId: string, exceptOrderId: string): Promise<number> {
  const [row] = await db
    .select({ open: sql<number>`coalesce(sum(${orders.totalCents}), 0)`.mapWith(Number) })
    .from(orders)
    .where(and(eq(orders.customerId, customerId), inArray(orders.status, [...OPEN_STATUSES]), ne(orders.id, exceptOrderId)));
  return row?.open ?? 0;
}

/** The credit check: does this order, on top of the open ones, pass the customer's limit? */
export function exceedsCredit(openCents: number, orderTotalCents: number, creditLimitCents: number): boolean {
  return openCents + orderTotalCents > creditLimitCents;
}
