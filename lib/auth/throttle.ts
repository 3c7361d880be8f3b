import { inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { loginAttempts } from '@/db/schema';
import type { ThrottleRule } from './throttle-rules';

/** True when any of the keys is in a lockout at `now`. */
export async function isLockedOut(db: DbExecutor, keys: string[], now: Date): Promise<boolean> {
  const rows = await db.select().from(loginAttempts).where(inArray(loginAttempts.key, keys));
  return rows.some((r) => r.lockedUntil !== null && r.lockedUntil > now);
}

/**
 * Counts an attempt atomically, before the password is checked, so parallel guesses cannot slip
 * past the limit; starts a lockout when the rule's limit is reached. Returns whether this attempt
 * is over the limit. A successful login gives the attempt back (see `forgiveAttempt`, `clearFailures`).
 */
export async function countAttempt(db: DbExecutor, key: string, rule: ThrottleRule, now: Date): Promise<{ over: boolean }> {
  // postgres.js needs instants as ISO text inside raw SQL fragments.
  const nowAt = sql`${now.toISOString()}::timestamptz`;
  const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000).toISOString();
  const lockUntil = new Date(now.getTime() + rule.lockSeconds * 1000).toISOString();
  const expired = sql`${loginAttempts.windowStartedAt} < ${windowStart}::timestamptz`;
  const next = sql`CASE WHEN ${expired} THEN 1 ELSE ${loginAttempts.failures} + 1 END`;
  const [row] = await db
    .insert(loginAttempts)
    .values({ key, failures: 1, windowStartedAt: now, lockedUntil: rule.maxFailures <= 1 ? new Date(lockUntil) : null })
    .onConflictDoUpdate({
      target: loginAttempts.key,
      set: {
        failures: next,
        windowStartedAt: sql`CASE WHEN ${expired} THEN ${nowAt} ELSE ${loginAttempts.windowStartedAt} END`,
        lockedUntil: sql`CASE WHEN ${next} >= ${rule.maxFailures} THEN ${lockUntil}::timestamptz ELSE ${loginAttempts.lockedUntil} END`,
      },
    })
    .returning({ failures: loginAttempts.failures });
  return { over: (row?.failures ?? 0) > rule.maxFailures };
}

/** Gives back one counted attempt (a login that turned out right). */
export async function forgiveAttempt(db: DbExecutor, key: string): Promise<void> {
  await db.execute(sql`UPDATE ${loginAttempts} SET failures = greatest(failures - 1, 0) WHERE key = ${key}`);
}

export async function clearFailures(db: DbExecutor, key: string): Promise<void> {
  await db.delete(loginAttempts).where(sql`${loginAttempts.key} = ${key}`);
}
