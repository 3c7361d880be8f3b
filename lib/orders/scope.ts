import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import { customers, orders } from '@/db/schema';
import type { Actor } from '@/lib/server/context';

/**
 * The orders an actor may see, as a WHERE condition on `orders`: the brand's staff all of them,
 * a representative its portfolio's, a shop its own. The rule lives here and only here.
 */
export function orderScope(actor: Actor): SQL {
  switch (actor.role) {
    case 'admin':
    case 'comercial':
    case 'financeiro':
      return sql`true`;
    case 'representante':
      return inArray(orders.customerId, sql`(SELECT ${customers.id} FROM ${customers} WHERE ${customers.representativeId} = ${actor.userId})`);
    case 'lojista':
      return actor.customerId ? eq(orders.customerId, actor.customerId) : sql`false`;
    case 'usuario':
      return sql`false`;
  }
}
