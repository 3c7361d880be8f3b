import 'server-only';
import { and, inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { orders } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import type { Actor } from '@/lib/server/context';
import { orderScope } from './scope';
import { ORDER_STATUSES, type OrderStatus } from './transitions';

export type StatusTally = { count: number; totalCents: number };

/**
 * How many orders (and how much money) sit in each of `statuses`, within what the actor may see
 * (the others count 0): read from orders_status_tally_idx, so a home's queues cost the same after
 * years of delivered orders.
 */
export async function orderStatusCounts(db: DbExecutor, actor: Actor, statuses: readonly OrderStatus[]): Promise<Record<OrderStatus, StatusTally>> {
  assertCan(actor, 'orders.read');
  const rows = await db
    .select({
      status: orders.status,
      count: sql<number>`count(*)::int`,
      totalCents: sql<number>`coalesce(sum(${orders.totalCents}), 0)`.mapWith(Number),
    })
    .from(orders)
    .where(and(orderScope(actor), inArray(orders.status, [...statuses])))
    .groupBy(orders.status);
  const tally = Object.fromEntries(ORDER_STATUSES.map((s) => [s, { count: 0, totalCents: 0 }])) as Record<OrderStatus, StatusTally>;
  for (const r of rows) tally[r.status] = { count: r.count, totalCents: r.totalCents };
  return tally;
}
