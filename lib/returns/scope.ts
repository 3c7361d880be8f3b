import type { SQL } from 'drizzle-orm';
import { returns } from '@/db/schema';
import { customerRecordScope } from '@/lib/crm/scope';
import type { Actor } from '@/lib/server/context';

/** The returns an actor may see, as a WHERE condition on `returns`: those of the customers it may see. */
export function returnScope(actor: Actor): SQL {
  return customerRecordScope(actor, returns.customerId);
}
