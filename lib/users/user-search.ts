import { asc, eq, ilike, or } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { users } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import { cleanText } from '@/lib/server/clean-input';
import type { Actor } from '@/lib/server/context';
import { isUuid } from '@/lib/server/ids';
import type { RouteContext, RouteParams } from '@/lib/server/route-core';
import { MIN_SEARCH_LENGTH } from '@/lib/search-length';
import { containsPattern } from '@/lib/server/search';

/** A user as a search box offers it: the name, with the e-mail that tells two of the same name apart. */
export type UserSuggestion = { id: string; name: string; email: string };

const suggestion = { id: users.id, name: users.name, email: users.email };

/** Users whose name or e-mail contains what is typed, by name (the admin's pickers: the audit's "who"). */
export async function searchUsers(db: DbExecutor, actor: Actor, query: string, limit = 10): Promise<UserSuggestion[]> {
  assertCan(actor, 'users.read');
  const q = query.trim();
  if (q.length < MIN_SEARCH_LENGTH) return [];
  const like = containsPattern(q);
  return db.select(suggestion).from(users).where(or(ilike(users.name, like), ilike(users.email, like))).orderBy(asc(users.name), asc(users.id)).limit(limit);
}

/** A picker's current choice, shown as the search shows it; null when there is none. */
export async function findUserSuggestion(db: DbExecutor, actor: Actor, id: string | undefined): Promise<UserSuggestion | null> {
  assertCan(actor, 'users.read');
  if (!id || !isUuid(id)) return null;
  const [row] = await db.select(suggestion).from(users).where(eq(users.id, id));
  return row ?? null;
}

/** The search route's answer: `{ results }` for `?q=`, never cached. */
export async function userSearchRoute({ db, actor, searchParams }: RouteContext<RouteParams, 'users.read'>): Promise<Response> {
  const q = cleanText(searchParams.get('q') ?? '').slice(0, 100);
  return Response.json({ results: await searchUsers(db, actor, q) }, { headers: { 'Cache-Control': 'no-store' } });
}
