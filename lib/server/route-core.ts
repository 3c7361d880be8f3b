import type { Db } from '@/db/client';
import { can, type Permission } from '@/lib/auth/permissions';
import type { MessageKey } from '@/lib/i18n/message-key';
import type { Actor } from './context';
import { DomainError, ForbiddenError, NotFoundError } from './errors';

/** A dynamic route's segments (`[id]`), as the URL gave them: check them before use (isUuid). */
export type RouteParams = Partial<Record<string, string>>;

export type RouteContext<P, A> = {
  request: Request;
  params: P;
  searchParams: URLSearchParams;
  db: Db;
  /** The signed-in actor; none for a 'public' route. */
  actor: A extends 'public' ? null : Actor;
};
export type RouteFn<P, A> = (ctx: RouteContext<P, A>) => Promise<Response>;

/** The error body every refused request gets: the same shape as a failed server action. */
export function routeError(status: number, error: MessageKey): Response {
  return Response.json({ ok: false, error, fieldErrors: {} }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * Runs a route function for an already loaded actor (tests call this directly): 401 without a
 * session, 403 for a role the permission map refuses, 404 for a record outside the actor's scope,
 * 400 for a refusal the user should read, 500 (logged, never the details) for anything else.
 */
export async function runRoute<P, A extends Permission | 'public'>(deps: { db: Db; actor: Actor | null }, access: A, fn: RouteFn<P, A>, request: Request, params: P): Promise<Response> {
  const { actor } = deps;
  if (access !== 'public') {
    if (!actor) return routeError(401, 'errors.unauthenticated');
    if (!can(actor.role, access as Permission)) return routeError(403, 'errors.forbidden');
  }
  try {
    return await fn({ request, params, searchParams: new URL(request.url).searchParams, db: deps.db, actor: actor as RouteContext<P, A>['actor'] });
  } catch (err) {
    if (err instanceof NotFoundError) return routeError(404, 'errors.notFound');
    if (err instanceof ForbiddenError) return routeError(403, 'errors.forbidden');
    if (err instanceof DomainError) return routeError(400, err.key);
    console.error(`[route ${new URL(request.url).pathname}]`, err);
    return routeError(500, 'errors.unexpected');
  }
}
