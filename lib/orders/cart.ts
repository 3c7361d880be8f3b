import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { channels, orderLines, orders } from '@/db/schema';
import type { Actor } from '@/lib/server/context';
import { orderScope } from './scope';

export type CartOrigin = { channelId: string; channelName: string; drafts: number; orderId: string; pieces: number; totalCents: number };

/**
 * The header's cart: per origin, the drafts in the actor's scope that hold at least one piece, with
 * their pieces and total (`orderId` is one of them, for a link when there is just one). One statement
 * for every draft, however many: the pieces come from a correlated sum, the totals from the orders.
 */
export async function cartSummary(db: DbExecutor, actor: Actor): Promise<CartOrigin[]> {
  const pieces = sql`(SELECT coalesce(sum(${orderLines.quantity}), 0) FROM ${orderLines} WHERE ${orderLines.orderId} = ${orders.id})`;
  return db
    .select({
      channelId: orders.channelId,
      channelName: channels.name,
      drafts: sql<number>`count(*)::int`,
      orderId: sql<string>`min(${orders.id}::text)`,
      pieces: sql<number>`sum(${pieces})::int`,
      totalCents: sql<number>`sum(${orders.totalCents})::bigint`.mapWith(Number),
    })
    .from(orders)
    .innerJoin(channels, eq(channels.id, orders.channelId))
    .where(and(eq(orders.status, 'draft'), orderScope(actor), sql`EXISTS (SELECT 1 FROM ${orderLines} WHERE ${orderLines.orderId} = ${orders.id})`))
    .groupBy(orders.channelId, channels.name)
    .orderBy(asc(channels.name));
}
