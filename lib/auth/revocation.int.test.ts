import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { revokedSessions } from '@/db/schema';
import { makeUser } from '@/db/testing/fixtures';
import { createTestDatabase } from '@/db/testing/test-db';
import { loadActor } from './actor';
import { revokeSession } from './revocation';
import { SESSION_ABSOLUTE_MAX_MS } from './session-policy';

let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => ({ db, drop } = await createTestDatabase()));
afterAll(() => drop());

describe('sessions', () => {
  it('a logged-out session loads no actor, while the same user\'s other session goes on', async () => {
    const u = await makeUser(db, 'comercial');
    const loginAt = Date.now() - 60_000;
    const phone = { loginAt, sessionId: randomUUID() };
    const laptop = { loginAt, sessionId: randomUUID() };
    expect(await loadActor(db, u.id, phone)).not.toBeNull();

    await revokeSession(db, { sessionId: phone.sessionId, userId: u.id, loginAt });
    await revokeSession(db, { sessionId: phone.sessionId, userId: u.id, loginAt }); // a second logout is harmless

    expect(await loadActor(db, u.id, phone)).toBeNull();
    expect((await loadActor(db, u.id, laptop))?.userId).toBe(u.id);
    const [row] = await db.select().from(revokedSessions).where(eq(revokedSessions.sessionId, phone.sessionId));
    expect(row!.expiresAt.getTime()).toBe(loginAt + SESSION_ABSOLUTE_MAX_MS);
  });

  it('a session older than the absolute lifetime is over, however active', async () => {
    const u = await makeUser(db, 'financeiro');
    const now = Date.now();
    expect(await loadActor(db, u.id, { loginAt: now - SESSION_ABSOLUTE_MAX_MS + 60_000, sessionId: randomUUID() }, now)).not.toBeNull();
    expect(await loadActor(db, u.id, { loginAt: now - SESSION_ABSOLUTE_MAX_MS - 1, sessionId: randomUUID() }, now)).toBeNull();
  });

  it('revocations that can no longer match a live session are purged', async () => {
    const u = await makeUser(db, 'admin');
    const old = randomUUID();
    await db.insert(revokedSessions).values({ sessionId: old, userId: u.id, expiresAt: new Date(Date.now() - 1000) });
    await revokeSession(db, { sessionId: randomUUID(), userId: u.id, loginAt: Date.now() });
    expect(await db.select().from(revokedSessions).where(eq(revokedSessions.sessionId, old))).toHaveLength(0);
  });
});
