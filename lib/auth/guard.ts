import { ForbiddenError } from '@/lib/server/errors';
import type { Actor } from '@/lib/server/context';
import { can, type Permission } from './permissions';

/** First line of every query in lib/: refuses a role that may not read this at all. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new ForbiddenError();
}
