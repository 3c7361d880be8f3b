import { lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { revokedSessions } from '@/db/schema';
import { SESSION_ABSOLUTE_MAX_MS } from './session-policy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isSessionId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * Ends one session on the server: its cookie, or any copy of it, no longer loads an actor.
 * Kept until the session could not be valid anyway; expired rows are purged on the way.
 */
export async function revokeSession(db: DbExecutor, session: { sessionId: string; userId: string; loginAt: number }, now = new Date()) {
  await db
    .insert(revokedSessions)
    .values({
      sessionId: session.sessionId,
      userId: session.userId,
      revokedAt: now,
      expiresAt: new Date(Math.max(session.loginAt + SESSION_ABSOLUTE_MAX_MS, now.getTime())),
    })
    .onConflictDoNothing();
  await db.delete(revokedSessions).where(lt(revokedSessions.expiresAt, sql`now()`));
}
