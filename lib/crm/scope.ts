import { eq, inArray, sql, type Column, type SQL } from 'drizzle-orm';
import { customers } from '@/db/schema';
import type { Actor } from '@/lib/server/context';

/** The customers an actor may see, as a WHERE condition: the rule lives here and only here. */
export function customerScope(actor: Actor): SQL {
  switch (actor.role) {
    case 'admin':
    case 'comercial':
    case 'financeiro':
      return sql`true`;
    case 'representante':
      return eq(customers.representativeId, actor.userId);
    case 'lojista':
      return actor.customerId ? eq(customers.id, actor.customerId) : sql`false`;
    case 'usuario':
      return sql`false`;
  }
}

/**
 * A customer's own records (orders, returns…), seen exactly as the customer is: the brand's staff all,
 * a representative its portfolio's, a shop its own. `customerId` is the record's customer column.
 */
export function customerRecordScope(actor: Actor, customerId: Column): SQL {
  switch (actor.role) {
    case 'admin':
    case 'comercial':
    case 'financeiro':
      return sql`true`;
    case 'representante':
      return inArray(customerId, sql`(SELECT ${customers.id} FROM ${customers} WHERE ${customers.representativeId} = ${actor.userId})`);
    case 'lojista':
      return actor.customerId ? eq(customerId, actor.customerId) : sql`false`;
    case 'usuario':
      return sql`false`;
  }
}
