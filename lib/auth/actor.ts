import { eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { users } from '@/db/schema';
import type { Actor } from '@/lib/server/context';
import { isSessionId } from './revocation';
import { sessionExpired, type SessionStamp } from './session-policy';

/**
 * Loads the acting user fresh from the database; a blocked or deleted user is no actor, and neither
 * is a session that logged in before the user's sessions were revoked (block, password change),
 * one that logged out, or one older than the absolute session lifetime.
 */
export async function loadActor(db: DbExecutor, userId: string, session?: SessionStamp, now = Date.now()): Promise<Actor | null> {
  if (session && sessionExpired(session, now)) return null;
  const sessionId = session?.sessionId;
  const revoked = isSessionId(sessionId)
    ? sql<boolean>`exists (select 1 from revoked_sessions r where r.session_id = ${sessionId})`
    : sql<boolean>`false`;
  const [u] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      status: users.status,
      locale: users.locale,
      customerId: users.customerId,
      shopId: users.shopId,
      sessionsValidFrom: users.sessionsValidFrom,
      revoked,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!u || u.status !== 'active' || u.revoked) return null;
  if (u.sessionsValidFrom && session && session.loginAt < u.sessionsValidFrom.getTime()) return null;
  return { userId: u.id, name: u.name, email: u.email, role: u.role, locale: u.locale, customerId: u.customerId, shopId: u.shopId };
}
