import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog } from '@/db/schema';
import { createTestDatabase } from '@/db/testing/test-db';
import { cappedCount } from './capped-count';
import { distinctValues } from './distinct-values';

let db: Db;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  // 30 rows, 3 actions, 2 entities, 2 record ids (most rows with none).
  await db.insert(auditLog).values(Array.from({ length: 30 }, (_, i) => ({ action: ['orders.approve', 'customers.update', 'auth.login'][i % 3]!, entity: i % 2 ? 'order' : 'customer', entityId: i < 4 ? ['b', 'a'][i % 2] : null })));
});
afterAll(() => drop());

describe('lists that stay fast on years of data', () => {
  it('counts exactly up to the cap, and says when there are more', async () => {
    const rows = () => db.select({ one: sql`1` }).from(auditLog).$dynamic();
    expect(await cappedCount(db, rows(), 50)).toEqual({ total: 30, capped: false });
    expect(await cappedCount(db, rows(), 30)).toEqual({ total: 30, capped: false });
    expect(await cappedCount(db, rows(), 29)).toEqual({ total: 29, capped: true });
    expect(await cappedCount(db, db.select({ one: sql`1` }).from(auditLog).where(sql`${auditLog.action} = 'auth.login'`).$dynamic(), 5)).toEqual({ total: 5, capped: true });
  });

  it("reads a column's distinct values through its index, in order, without nulls", async () => {
    expect(await distinctValues(db, auditLog.action)).toEqual(['auth.login', 'customers.update', 'orders.approve']);
    expect(await distinctValues(db, auditLog.entity)).toEqual(['customer', 'order']);
    expect(await distinctValues(db, auditLog.entityId)).toEqual(['a', 'b']);
  });
});
