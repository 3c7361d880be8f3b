import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { customers, users } from '@/db/schema';
import { createTestDatabase } from '@/db/testing/test-db';
import { attemptLogin } from '@/lib/auth/login';
import { ROLES } from '@/lib/auth/roles';
import { detectDocument } from '@/lib/crm/document';
import { DEMO_PASSWORD, seedDemo } from './demo';

let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => ({ db, drop } = await createTestDatabase()));
afterAll(() => drop());

describe('demo seed', () => {
  it('creates one demo login per role, valid documents, and runs only once', async () => {
    expect(await seedDemo(db, () => {})).toBe(true);
    for (const role of ROLES) {
      const outcome = await attemptLogin(db, { email: `${role}@venda.local`, password: DEMO_PASSWORD, ip: '127.0.0.9' });
      expect(outcome.kind, role).toBe('ok');
    }
    const docs = await db.select({ d: customers.document, t: customers.documentType, uf: customers.uf }).from(customers);
    for (const c of docs) expect(detectDocument(c.d)).toBe(c.t);
    expect(new Set(docs.map((c) => c.uf)).size).toBeGreaterThanOrEqual(8);

    const [before] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(await seedDemo(db, () => {})).toBe(false);
    const [after] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(after!.n).toBe(before!.n);
  });
});
