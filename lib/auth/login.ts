import { eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import type { Role } from './roles';
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
  const refused = async <K extends 'invalid' | 'blocked' | 'throttled'>(kind: K, reason: RefusalReason, user?: { id: string }) => {
    await auditRefusal(db, { email, ip: input.ip, reason, userId: user?.id ?? null }, now);
    return { kind };
  };
  if (await isLockedOut(db, [keys.account, keys.ip], now)) return refused('throttled', 'throttled');
  // Count first, check after: concurrent guesses cannot all pass the lockout test.
  const [account, ip] = await Promise.all([
    countAttempt(db, keys.account, THROTTLE_RULES.account, now),
    countAttempt(db, keys.ip, THROTTLE_RULES.ip, now),
  ]);
  if (account.over || ip.over) return refused('throttled', 'throttled');

  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email)).limit(1);
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : (await burnPasswordCheck(input.password), false);
  if (!user) return refused('invalid', 'unknown');
  if (!valid) return refused('invalid', 'password', user);
  await Promise.all([clearFailures(db, keys.account), forgiveAttempt(db, keys.ip)]);
  if (user.status === 'blocked') return refused('blocked', 'blocked', user);

  await db.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
  await db.insert(auditLog).values({ actorId: user.id, actorRole: user.role, action: 'auth.login', entity: 'user', entityId: user.id });
  return { kind: 'ok', user: { id: user.id, name: user.name, email: user.email } };
}

/** Why a sign-in was refused, as the audit records it (the login form itself never tells an unknown e-mail from a wrong password). */
export type RefusalReason = 'unknown' | 'password' | 'blocked' | 'throttled';

/** A refused sign-in in the audit log: the account it aimed at (when it exists), the e-mail typed, the address and why. No one acted, so no actor. */
async function auditRefusal(db: DbExecutor, r: { email: string; ip: string; reason: RefusalReason; userId: string | null }, now: Date) {
  await db.insert(auditLog).values({ at: now, actorId: null, actorRole: null, action: 'auth.login_failed', entity: 'user', entityId: r.userId, after: { email: r.email.slice(0, 254), ip: r.ip, reason: r.reason } });
}

/** A sign-out in the audit log (the session is revoked beside it, lib/auth/actions.ts). */
export async function auditLogout(db: DbExecutor, user: { id: string; role: Role }) {
  await db.insert(auditLog).values({ actorId: user.id, actorRole: user.role, action: 'auth.logout', entity: 'user', entityId: user.id });
}
