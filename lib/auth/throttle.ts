import { inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { loginAttempts } from '@/db/schema';
import type { ThrottleRule } from './throttle-rules';

/** True when any of the keys is in a lockout at `now`. */
export async function isLockedOut(db: DbExecutor, keys: string[], now: Date): Promise<boolean> {
  const rows = await db.select().from(loginAttempts).where(inArray(loginAttempts.key, keys));
  return rows.some((r) => r.lockedUntil !== null && r.lockedUntil > now);
}

/** Counts one failure atomically (safe across app instances) and starts a lockout when the rule's limit is reached. */
export async function recordFailure(db: DbExecutor, key: string, rule: ThrottleRule, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000);
  const lockUntil = new Date(now.getTime() + rule.lockSeconds * 1000);
  // postgres.js needs instants as ISO text inside raw SQL fragments.
  const nowAt = sql`${now.toISOString()}::timestamptz`;
  const expired = sql`${loginAttempts.windowStartedAt} < ${windowStart.toISOString()}::timestamptz`;
  await db
    .insert(loginAttempts)
    .values({ key, failures: 1, windowStartedAt: now, lockedUntil: rule.maxFailures <= 1 ? lockUntil : null })
    .onConflictDoUpdate({
      target: loginAttempts.key,
      set: {
        failures: sql`CASE WHEN ${expired} THEN 1 ELSE ${loginAttempts.failures} + 1 END`,
        windowStartedAt: sql`CASE WHEN ${expired} THEN ${nowAt} ELSE ${loginAttempts.windowStartedAt} END`,
        lockedUntil: sql`CASE WHEN (CASE WHEN ${expired} THEN 1 ELSE ${loginAttempts.failures} + 1 END) >= ${rule.maxFailures}
          THEN ${lockUntil.toISOString()}::timestamptz ELSE ${loginAttempts.lockedUntil} END`,
      },
    });
}

export async function clearFailures(db: DbExecutor, key: string): Promise<void> {
  await db.delete(loginAttempts).where(sql`${loginAttempts.key} = ${key}`);
}
