import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { channels, creditNotes, orders, returns } from '@/db/schema';
import { makeActors, makeCustomer, makeUser } from '@/db/testing/fixtures';
import { createTestDatabase } from '@/db/testing/test-db';
import type { Role } from '@/lib/auth/roles';
import type { Actor } from '@/lib/server/context';
import { ForbiddenError } from '@/lib/server/errors';
import { creditNoteFilterSchema, iterateCreditNotesForExport, listCreditNotes } from './credit-notes';

let db: Db;
let drop: () => Promise<void>;
let A: Record<Role, Actor>;
const filter = (raw: Record<string, string> = {}) => creditNoteFilterSchema.parse(raw);

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  A = await makeActors(db);
  const [channel] = await db.insert(channels).values({ code: 'SP-TESTE', name: 'Filial', uf: 'SP' }).returning();
  const otherRep = await makeUser(db, 'representante');
  const other = await makeCustomer(db, { name: 'Loja Distante', representativeId: otherRep.id });
  const note = async (customerId: string, amountCents: number, status: 'open' | 'settled' = 'open') => {
    const [o] = await db.insert(orders).values({ customerId, channelId: channel!.id, status: 'delivered' }).returning();
    const [r] = await db.insert(returns).values({ orderId: o!.id, customerId, channelId: channel!.id, status: 'closed', reason: 'size' }).returning();
    await db.insert(creditNotes).values({ returnId: r!.id, customerId, amountCents, status });
  };
  for (let i = 0; i < 30; i++) await note(A.lojista.customerId!, 100 + i);
  await note(A.lojista.customerId!, 5_000, 'settled');
  await note(other.id, 7_777);
});
afterAll(() => drop());

describe('credit notes', () => {
  it('finance pages through all of them, with the count and the sum of what is filtered', async () => {
    const all = await listCreditNotes(db, A.financeiro, filter());
    expect(all.total).toBe(32);
    expect(all.rows).toHaveLength(25);
    expect((await listCreditNotes(db, A.financeiro, filter({ page: '2' }))).rows).toHaveLength(7);
    const open = await listCreditNotes(db, A.financeiro, filter({ status: 'open' }));
    expect(open.total).toBe(31);
    expect(open.sumCents).toBe(Array.from({ length: 30 }, (_, i) => 100 + i).reduce((s, n) => s + n, 0) + 7_777);
    const byName = await listCreditNotes(db, A.financeiro, filter({ q: 'distante' }));
    expect(byName).toMatchObject({ total: 1, sumCents: 7_777 });
  });

  it('exports everything filtered, beyond one page', async () => {
    const rows = [];
    for await (const r of iterateCreditNotesForExport(db, A.financeiro, filter({ status: 'open' }))) rows.push(r);
    expect(rows).toHaveLength(31);
  });

  it('is refused to roles without access', async () => {
    for (const role of ['lojista', 'representante', 'usuario'] as const) {
      await expect(listCreditNotes(db, A[role], filter())).rejects.toBeInstanceOf(ForbiddenError);
      expect(() => iterateCreditNotesForExport(db, A[role], filter())).toThrow(ForbiddenError);
    }
  });
});
