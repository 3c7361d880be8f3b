import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { users } from '../schema';
import { loadActor } from '@/lib/auth/actor';
import type { Role } from '@/lib/auth/roles';
import type { Actor } from '@/lib/server/context';
import type { ActionResult } from '@/lib/server/use-case';
import { makeUser } from './fixtures';

/** The actor of a user, loaded the way a session loads it. */
export async function actorOf(db: Db, userId: string): Promise<Actor> {
  const actor = await loadActor(db, userId);
  if (!actor) throw new Error(`fixture: user ${userId} is no actor (blocked or missing)`);
  return actor;
}

// One back-office user per role and database: builders act as them, so tests need not pass them around.
const cache = new WeakMap<Db, Map<Role, Promise<Actor>>>();

/** A back-office actor of `role` (comercial, financeiro, admin) that builders use to drive use cases. */
export function staffActor(db: Db, role: Extract<Role, 'admin' | 'comercial' | 'financeiro'>): Promise<Actor> {
  let byRole = cache.get(db);
  if (!byRole) cache.set(db, (byRole = new Map()));
  let actor = byRole.get(role);
  if (!actor) {
    actor = makeUser(db, role).then((u) => actorOf(db, u.id));
    byRole.set(role, actor);
  }
  return actor;
}

/** The customer's shop login (its first lojista, made when there is none): who orders and returns for it. */
export async function shopLogin(db: Db, customerId: string): Promise<Actor> {
  const [login] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.customerId, customerId), eq(users.role, 'lojista'), eq(users.status, 'active')))
    .orderBy(asc(users.createdAt))
    .limit(1);
  return actorOf(db, login?.id ?? (await makeUser(db, 'lojista', { customerId })).id);
}

/** A builder's step must succeed: a refusal is a broken fixture, reported with the use case's answer. */
export function must<T>(step: string, result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`fixture: ${step} refused: ${JSON.stringify(result)}`);
  return result.data;
}
