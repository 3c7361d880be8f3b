import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import type { Actor } from '@/lib/server/context';
import { auth } from './config';
import { loadActor } from './actor';
import { areaPermission, can, type Permission } from './permissions';
import type { Role } from './roles';

/** The signed-in user, re-read from the database once per request: a block or role change applies at once. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return loadActor(getDb(), id, { loginAt: session.loginAt ?? 0, sessionId: session.sid });
});

/** For pages: the actor, or a redirect to the login page that comes back here afterwards. */
export async function requireActor(): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) {
    const h = await headers();
    const path = h.get('x-venda-path') ?? '/';
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  return actor;
}

/** For pages and route handlers: the actor if its role holds the permission, else a 403 page. */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor.role, permission)) forbidden();
  return actor;
}

export function requireArea(area: Role): Promise<Actor> {
  return requirePermission(areaPermission(area));
}
