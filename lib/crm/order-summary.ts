import 'server-only';
import { and, desc, eq, isNotNull, notInArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { customers, orders } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import { openOrdersCents } from '@/lib/orders/credit';
import type { Actor } from '@/lib/server/context';
import { findInScope } from '@/lib/server/find-in-scope';
import { customerRecordScope, customerScope } from './scope';

/** Orders that did not end up as a sale: they count neither as a purchase nor in the average ticket. */
const NOT_A_SALE = ['draft', 'cancelled', 'rejected'] as const;

/**
 * A customer's sales history at a glance: its last orders, its last purchase (and how many São Paulo
 * days ago, counted at `now`), its average ticket, what it owes in open orders and what credit is left.
 * Outside the actor's scope the customer does not exist.
 */
export async function customerOrderSummary(db: DbExecutor, actor: Actor, customerId: string, now: Date = new Date()) {
  assertCan(actor, 'orders.read');
  const customer = await findInScope(db, customers, customerId, customerScope(actor), { lock: false });
  const scoped = and(eq(orders.customerId, customer.id), customerRecordScope(actor, orders.customerId));
  const [recent, [sales], openCents] = await Promise.all([
    db
      .select({ id: orders.id, number: orders.number, status: orders.status, totalCents: orders.totalCents, submittedAt: orders.submittedAt })
      .from(orders)
      .where(and(scoped, isNotNull(orders.submittedAt)))
      .orderBy(desc(orders.submittedAt), desc(orders.number))
      .limit(5),
    db
      .select({
        count: sql<number>`count(*)::int`,
        averageCents: sql<number | null>`round(avg(${orders.totalCents}))`.mapWith((v: string | null) => (v === null ? null : Number(v))),
        lastAt: sql<Date | null>`max(${orders.submittedAt})`.mapWith((v: string | Date | null) => (v === null ? null : new Date(v))),
        daysSince: sql<number | null>`((${now.toISOString()}::timestamptz AT TIME ZONE 'America/Sao_Paulo')::date - (max(${orders.submittedAt}) AT TIME ZONE 'America/Sao_Paulo')::date)`,
      })
      .from(orders)
      .where(and(scoped, isNotNull(orders.submittedAt), notInArray(orders.status, [...NOT_A_SALE]))),
    openOrdersCents(db, customer.id),
  ]);
  return {
    recent,
    orderCount: sales?.count ?? 0,
    lastPurchaseAt: sales?.lastAt ?? null,
    daysSinceLastPurchase: sales?.daysSince ?? null,
    averageTicketCents: sales?.averageCents ?? null,
    openCents,
    creditLimitCents: customer.creditLimitCents,
    creditAvailableCents: customer.creditLimitCents - openCents,
  };
}
export type CustomerOrderSummary = Awaited<ReturnType<typeof customerOrderSummary>>;
