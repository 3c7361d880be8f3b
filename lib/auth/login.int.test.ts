import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, loginAttempts } from '@/db/schema';
import { makeUser } from '@/db/testing/fixtures';
import { createTestDatabase } from '@/db/testing/test-db';
import { attemptLogin, auditLogout } from './login';
import { THROTTLE_RULES } from './throttle-rules';

let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => ({ db, drop } = await createTestDatabase()));
afterAll(() => drop());

describe('login', () => {
  it('accepts the right password, case-insensitively on the email', async () => {
    const u = await makeUser(db, 'comercial');
    expect(await attemptLogin(db, { email: u.email.toUpperCase(), password: 'venda123', ip: '10.0.0.1' })).toMatchObject({ kind: 'ok', user: { id: u.id } });
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const u = await makeUser(db, 'comercial');
    const wrong = await attemptLogin(db, { email: u.email, password: 'nope-nope', ip: '10.0.0.2' });
    const unknown = await attemptLogin(db, { email: 'ninguem@test.local', password: 'nope-nope', ip: '10.0.0.2' });
    expect(wrong).toEqual({ kind: 'invalid' });
    expect(unknown).toEqual(wrong);
    // The audit tells them apart, for whoever watches for attacks; no one acted, so there is no actor.
    const refused = await db.select().from(auditLog).where(eq(auditLog.action, 'auth.login_failed'));
    expect(refused.map((r) => [r.entityId, r.actorId, r.after])).toEqual(
      expect.arrayContaining([
        [u.id, null, { email: u.email, ip: '10.0.0.2', reason: 'password' }],
        [null, null, { email: 'ninguem@test.local', ip: '10.0.0.2', reason: 'unknown' }],
      ]),
    );
  });

  it('audits a sign-out as the user who left', async () => {
    const u = await makeUser(db, 'financeiro');
    await auditLogout(db, { id: u.id, role: 'financeiro' });
    const [row] = await db.select().from(auditLog).where(eq(auditLog.action, 'auth.logout'));
    expect(row).toMatchObject({ actorId: u.id, actorRole: 'financeiro', entity: 'user', entityId: u.id });
  });

  it('locks an account after repeated failures, even for the right password, until the lock expires', async () => {
    const u = await makeUser(db, 'financeiro');
    const t0 = new Date('2026-11-23T12:00:00Z');
    for (let i = 0; i < THROTTLE_RULES.account.maxFailures; i++) {
      expect(await attemptLogin(db, { email: u.email, password: 'wrong', ip: `10.1.0.${i}` }, t0)).toEqual({ kind: 'invalid' });
    }
    expect(await attemptLogin(db, { email: u.email, password: 'venda123', ip: '10.1.1.1' }, t0)).toEqual({ kind: 'throttled' });
    const [row] = await db.select().from(loginAttempts).where(eq(loginAttempts.key, `account:${u.email}`));
    expect(row!.failures).toBe(THROTTLE_RULES.account.maxFailures);

    const later = new Date(t0.getTime() + (THROTTLE_RULES.account.lockSeconds + 1) * 1000);
    expect((await attemptLogin(db, { email: u.email, password: 'venda123', ip: '10.1.1.1' }, later)).kind).toBe('ok');
  });

  it('locks out an address that fails against many accounts', async () => {
    const ip = '10.2.0.1';
    const t0 = new Date('2026-11-23T12:00:00Z');
    for (let i = 0; i < THROTTLE_RULES.ip.maxFailures; i++) await attemptLogin(db, { email: `spray${i}@test.local`, password: 'x', ip }, t0);
    const u = await makeUser(db, 'comercial');
    expect(await attemptLogin(db, { email: u.email, password: 'venda123', ip }, t0)).toEqual({ kind: 'throttled' });
    expect((await attemptLogin(db, { email: u.email, password: 'venda123', ip: '10.2.0.2' }, t0)).kind).toBe('ok');
  });

  it('counts failures atomically under concurrent attempts', async () => {
    const u = await makeUser(db, 'comercial');
    const t0 = new Date('2026-11-23T13:00:00Z');
    await Promise.all(Array.from({ length: 4 }, (_, i) => attemptLogin(db, { email: u.email, password: 'bad', ip: `10.3.0.${i}` }, t0)));
    const [row] = await db.select().from(loginAttempts).where(eq(loginAttempts.key, `account:${u.email}`));
    expect(row!.failures).toBe(4);
  });

  it('refuses parallel guesses beyond the limit without checking them', async () => {
    const u = await makeUser(db, 'comercial');
    const t0 = new Date('2026-11-23T14:00:00Z');
    const outcomes = await Promise.all(Array.from({ length: 12 }, (_, i) => attemptLogin(db, { email: u.email, password: `bad-${i}`, ip: `10.6.0.${i}` }, t0)));
    expect(outcomes.filter((o) => o.kind === 'invalid').length).toBeLessThanOrEqual(THROTTLE_RULES.account.maxFailures);
    expect(await attemptLogin(db, { email: u.email, password: 'venda123', ip: '10.6.1.1' }, t0)).toEqual({ kind: 'throttled' });
  });

  it('clears the account counter after a successful login', async () => {
    const u = await makeUser(db, 'comercial');
    await attemptLogin(db, { email: u.email, password: 'bad', ip: '10.4.0.1' });
    await attemptLogin(db, { email: u.email, password: 'venda123', ip: '10.4.0.1' });
    expect(await db.select().from(loginAttempts).where(eq(loginAttempts.key, `account:${u.email}`))).toHaveLength(0);
  });

  it('refuses a blocked user only after the password is right', async () => {
    const u = await makeUser(db, 'comercial', { status: 'blocked' });
    expect(await attemptLogin(db, { email: u.email, password: 'bad', ip: '10.5.0.1' })).toEqual({ kind: 'invalid' });
    expect(await attemptLogin(db, { email: u.email, password: 'venda123', ip: '10.5.0.1' })).toEqual({ kind: 'blocked' });
  });
});
