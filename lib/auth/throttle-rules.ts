/** Soft lockout after repeated failed logins, per account and per client address. */
export type ThrottleRule = { maxFailures: number; windowSeconds: number; lockSeconds: number };

export const THROTTLE_RULES = {
  account: { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  ip: { maxFailures: 50, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
} as const satisfies Record<'account' | 'ip', ThrottleRule>;

export function throttleKeys(email: string, ip: string): { account: string; ip: string } {
  return { account: `account:${email.trim().toLowerCase()}`, ip: `ip:${ip}` };
}
