import 'server-only';
import { getDb, type Db } from '@/db/client';
import { getCurrentActor } from '@/lib/auth/session';
import type { Permission } from '@/lib/auth/permissions';
import { runRoute, type RouteFn, type RouteParams } from './route-core';

/**
 * The one wrapper for route handlers (CSV exports, files, search, import progress, and later webhooks
 * and public pages): the same actor loading, permission map, 401/403/404 and error shape as server
 * actions. A route handler is a public HTTP endpoint; the wrapped function still scopes its query.
 *
 *   export const GET = routeHandler('orders.export', async ({ db, actor, searchParams }) => …);
 */
export function routeHandler<A extends Permission | 'public'>(access: A, fn: RouteFn<RouteParams, A>) {
  return async (request: Request, context: { params: Promise<RouteParams> }): Promise<Response> => {
    const db: Db = getDb();
    // A public endpoint (health, webhooks, public catalog pages) never depends on who is signed in.
    const actor = access === 'public' ? null : await getCurrentActor();
    return runRoute({ db, actor }, access, fn, request, (await context?.params) ?? {});
  };
}
