import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { orderLines } from '@/db/schema';
import { makeChannel, makeProduct } from '@/db/testing/catalog-fixtures';
import { makeActors, makeCustomer, makeUser } from '@/db/testing/fixtures';
import { makeOrder, makeOrderConditions } from '@/db/testing/order-fixtures';
import { makeScenario, putInGroup, setUfAdjustment } from '@/db/testing/pricing-fixtures';
import { makeReturn, settleCreditNote } from '@/db/testing/return-fixtures';
import { must } from '@/db/testing/staff';
import { createTestDatabase } from '@/db/testing/test-db';
import type { Role } from '@/lib/auth/roles';
import { setCreditLimit } from '@/lib/crm/use-cases';
import type { Actor } from '@/lib/server/context';
import { ForbiddenError } from '@/lib/server/errors';
import { runUseCase } from '@/lib/server/use-case';
import { creditNoteFilterSchema, iterateCreditNotesForExport, listCreditNotes } from './credit-notes';

let db: Db;
let drop: () => Promise<void>;
let A: Record<Role, Actor>;
const filter = (raw: Record<string, string> = {}) => creditNoteFilterSchema.parse(raw);

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  A = await makeActors(db);
  await makeOrderConditions(db);
  const channel = await makeChannel(db, { uf: 'SP' });
  // One variant at one cent with no UF adjustment: a credit note's amount is the quantity returned.
  const { variants } = await makeProduct(db, { sizes: ['U'], basePriceCents: 1, locations: [channel.locationId], stock: 20_000 });
  const scenario = await makeScenario(db);
  await setUfAdjustment(db, 'SP', 'SC', 0);
  const otherRep = await makeUser(db, 'representante');
  const own = { id: A.lojista.customerId! };
  const other = await makeCustomer(db, { name: 'Loja Distante', representativeId: otherRep.id, creditLimitCents: 1_000_000 });
  must('customers.credit_limit', await runUseCase({ db, actor: A.financeiro }, setCreditLimit, { id: own.id, creditLimit: '10000,00' }));
  for (const c of [own, other]) await putInGroup(db, c.id, scenario.id);

  /** Delivered orders of `customer`, then one closed return per amount: each leaves a credit note of that amount. */
  const notes = async (customer: { id: string }, amounts: number[]) => {
    const order = await makeOrder(db, { customer, channel, lines: [{ variantId: variants[0]!.id, quantity: amounts.reduce((s, n) => s + n, 0) }], state: 'delivered' });
    const [line] = await db.select().from(orderLines).where(eq(orderLines.orderId, order.id));
    const made = [];
    for (const quantity of amounts) made.push(await makeReturn(db, { order, state: 'closed', lines: [{ orderLineId: line!.id, quantity }] }));
    return made;
  };
  const [settled] = await notes(own, [5_000, ...Array.from({ length: 30 }, (_, i) => 100 + i)]);
  await settleCreditNote(db, settled!.creditNote!.id);
  await notes(other, [7_777]);
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
