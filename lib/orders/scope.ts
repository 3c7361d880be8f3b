import type { SQL } from 'drizzle-orm';
import { orders } from '@/db/schema';
import { customerRecordScope } from '@/lib/crm/scope';
import type { Actor } from '@/lib/server/context';

/** The orders an actor may see, as a WHERE condition on `orders`: those of the customers it may see. */
export function orderScope(actor: Actor): SQL {
  return customerRecordScope(actor, orders.customerId);
}
