import { eq, inArray, sql, type Column, type SQL } from 'drizzle-orm';
import { shops } from '@/db/schema';
import type { Actor } from '@/lib/server/context';

/**
 * Who sees which shops — the rule lives here and only here: the brand's commercial staff all of them,
 * a shop owner (`lojista`) the shops of its customer record, an employee (`usuario`) the shop it is
 * attached to, everyone else none. Exhaustive over roles: a new role fails the type check here.
 */
function byRole(actor: Actor, rows: { all: SQL; ofCustomer: (customerId: string) => SQL; one: (shopId: string) => SQL }): SQL {
  switch (actor.role) {
    case 'admin':
    case 'comercial':
      return rows.all;
    case 'lojista':
      return actor.customerId ? rows.ofCustomer(actor.customerId) : sql`false`;
    case 'usuario':
      return actor.shopId ? rows.one(actor.shopId) : sql`false`;
    case 'representante':
    case 'financeiro':
      return sql`false`;
  }
}

/** The shops an actor may see, as a WHERE condition on `shops`. */
export function shopScope(actor: Actor): SQL {
  return byRole(actor, { all: sql`true`, ofCustomer: (id) => eq(shops.customerId, id), one: (id) => eq(shops.id, id) });
}

/** A shop's own records (sales, registers, stock locations, bills…), seen exactly as the shop is; `shopId` is the record's shop column. */
export function shopRecordScope(actor: Actor, shopId: Column): SQL {
  return byRole(actor, {
    all: sql`true`,
    ofCustomer: (customerId) => inArray(shopId, sql`(SELECT ${shops.id} FROM ${shops} WHERE ${shops.customerId} = ${customerId})`),
    one: (id) => eq(shopId, id),
  });
}
