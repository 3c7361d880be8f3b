import { eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { burnPasswordCheck, verifyPassword } from './password';
import { clearFailures, countAttempt, forgiveAttempt, isLockedOut } from './throttle';
import { THROTTLE_RULES, throttleKeys } from './throttle-rules';

export type LoginOutcome =
  | { kind: 'ok'; user: { id: string; name: string; email: string } }
  | { kind: 'invalid' }
  | { kind: 'blocked' }
  | { kind: 'throttled' };

/**
 * Checks a login. Unknown email and wrong password give the same answer (and take the same time);
 * a lockout refuses even the right password until it expires.
 */
export async function attemptLogin(
  db: DbExecutor,
  input: { email: string; password: string; ip: string },
  now: Date = new Date(),
): Promise<LoginOutcome> {
  const email = input.email.trim().toLowerCase();
  const keys = throttleKeys(email, input.ip);
  if (await isLockedOut(db, [keys.account, keys.ip], now)) return { kind: 'throttled' };
  // Count first, check after: concurrent guesses cannot all pass the lockout test.
  const [account, ip] = await Promise.all([
    countAttempt(db, keys.account, THROTTLE_RULES.account, now),
    countAttempt(db, keys.ip, THROTTLE_RULES.ip, now),
  ]);
  if (account.over || ip.over) return { kind: 'throttled' };

  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email)).limit(1);
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : (await burnPasswordCheck(input.password), false);
  if (!user || !valid) return { kind: 'invalid' };
  await Promise.all([clearFailures(db, keys.account), forgiveAttempt(db, keys.ip)]);
  if (user.status === 'blocked') return { kind: 'blocked' };

  await db.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
  await db.insert(auditLog).values({ actorId: user.id, actorRole: user.role, action: 'auth.login', entity: 'user', entityId: user.id });
  return { kind: 'ok', user: { id: user.id, name: user.name, email: user.email } };
}
