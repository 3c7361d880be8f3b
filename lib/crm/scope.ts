import { eq, sql, type SQL } from 'drizzle-orm';
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
