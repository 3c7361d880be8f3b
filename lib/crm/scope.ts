import { eq, inArray, sql, type Column, type SQL } from 'drizzle-orm';
import { customers } from '@/db/schema';
import type { Actor } from '@/lib/server/context';

/**
 * Who sees which customers — the rule lives here and only here: the brand's staff all of them,
 * a representative its portfolio, a shop its own record, an employee none.
 */
function byRole(actor: Actor, rows: { portfolio: (representativeId: string) => SQL; own: (customerId: string) => SQL }): SQL {
  switch (actor.role) {
    case 'admin':
    case 'comercial':
    case 'financeiro':
      return sql`true`;
    case 'representante':
      return rows.portfolio(actor.userId);
    case 'lojista':
      return actor.customerId ? rows.own(actor.customerId) : sql`false`;
    case 'usuario':
      return sql`false`;
  }
}

/** The customers an actor may see, as a WHERE condition on `customers`. */
export function customerScope(actor: Actor): SQL {
  return byRole(actor, { portfolio: (repId) => eq(customers.representativeId, repId), own: (id) => eq(customers.id, id) });
}

/** A customer's own records (orders, returns…), seen exactly as the customer is; `customerId` is the record's customer column. */
export function customerRecordScope(actor: Actor, customerId: Column): SQL {
  return byRole(actor, {
    portfolio: (repId) => inArray(customerId, sql`(SELECT ${customers.id} FROM ${customers} WHERE ${customers.representativeId} = ${repId})`),
    own: (id) => eq(customerId, id),
  });
}
