import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import { customers, returns } from '@/db/schema';
import type { Actor } from '@/lib/server/context';

/** The returns an actor may see: staff all, a representative its portfolio's, a shop its own. */
export function returnScope(actor: Actor): SQL {
  switch (actor.role) {
    case 'admin':
    case 'comercial':
    case 'financeiro':
      return sql`true`;
    case 'representante':
      return inArray(returns.customerId, sql`(SELECT ${customers.id} FROM ${customers} WHERE ${customers.representativeId} = ${actor.userId})`);
    case 'lojista':
      return actor.customerId ? eq(returns.customerId, actor.customerId) : sql`false`;
    case 'usuario':
      return sql`false`;
  }
}
