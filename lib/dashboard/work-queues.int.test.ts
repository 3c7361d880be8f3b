import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { orderLines } from '@/db/schema';
import { makeChannel, makeProduct } from '@/db/testing/catalog-fixtures';
import { makeActors, makeCustomer, makeUser } from '@/db/testing/fixtures';
import { makeOrder, makeOrderConditions, type OrderFixtureState } from '@/db/testing/order-fixtures';
import { makeScenario, putInGroup, setUfAdjustment } from '@/db/testing/pricing-fixtures';
import { makeReturn, settleCreditNote } from '@/db/testing/return-fixtures';
import { must } from '@/db/testing/staff';
import { createTestDatabase } from '@/db/testing/test-db';
import type { Role } from '@/lib/auth/roles';
import { blockCustomer, setCreditLimit } from '@/lib/crm/use-cases';
import type { Actor } from '@/lib/server/context';
import { ForbiddenError } from '@/lib/server/errors';
import { runUseCase } from '@/lib/server/use-case';
import { loadWorkQueues, type WorkQueueItem } from './load-work-queues';

let db: Db;
let drop: () => Promise<void>;
let A: Record<Role, Actor>;

const byKey = (items: WorkQueueItem[]) => Object.fromEntries(items.map((i) => [i.key, i]));

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  A = await makeActors(db);
  await makeOrderConditions(db);
  const channel = await makeChannel(db, { uf: 'RS' });
  // One variant at one cent with no UF adjustment: an order's total is its quantity, so totals read as set.
  const { variants } = await makeProduct(db, { sizes: ['U'], basePriceCents: 1, locations: [channel.locationId], stock: 100_000 });
  const scenario = await makeScenario(db);
  await setUfAdjustment(db, 'RS', 'SC', 0);
  const own = { id: A.lojista.customerId! };
  must('customers.credit_limit', await runUseCase({ db, actor: A.financeiro }, setCreditLimit, { id: own.id, creditLimit: '100,00' }));
  const otherRep = await makeUser(db, 'representante');
  const other = await makeCustomer(db, { uf: 'SC', representativeId: otherRep.id, creditLimitCents: 1_000_000 });
  for (const c of [own, other]) await putInGroup(db, c.id, scenario.id);

  const order = (customer: { id: string }, state: OrderFixtureState, totalCents: number) => makeOrder(db, { customer, channel, lines: [{ variantId: variants[0]!.id, quantity: totalCents }], state });

  // A customer has one draft per channel: each customer's draft comes last, after the orders it submits.
  const delivered = await order(own, 'delivered', 3_000);
  await makeReturn(db, { order: delivered, state: 'requested' });
  await makeReturn(db, { order: delivered, state: 'refused' });
  await order(own, 'financial_hold', 20_000); // over the 10 000 credit limit
  await order(own, 'submitted', 10_000);
  await order(own, 'submitted', 5_000);
  await order(own, 'draft', 700);

  for (const total of [1_000, 2_000, 3_000]) await order(other, 'submitted', total);
  await order(other, 'approved', 4_000);
  await order(other, 'shipped', 6_000);
  const otherDelivered = await order(other, 'delivered', 9_000);
  const [line] = await db.select().from(orderLines).where(eq(orderLines.orderId, otherDelivered.id));
  await makeReturn(db, { order: otherDelivered, state: 'received' });
  await makeReturn(db, { order: otherDelivered, state: 'closed', lines: [{ orderLineId: line!.id, quantity: 1_234 }] });
  const settled = await makeReturn(db, { order: otherDelivered, state: 'closed', lines: [{ orderLineId: line!.id, quantity: 999 }] });
  await settleCreditNote(db, settled.creditNote!.id);
  must('customers.block', await runUseCase({ db, actor: A.financeiro }, blockCustomer, { id: other.id, reason: 'Títulos vencidos' }));
});
afterAll(() => drop());

describe('home work queues', () => {
  it('a representative counts only its portfolio: orders to approve (with their value), holds, drafts, open returns', async () => {
    const q = byKey(await loadWorkQueues(db, A.representante, 'representante'));
    expect(q.toApprove).toMatchObject({ count: 2, totalCents: 15_000, href: '/representante/pedidos?status=submitted' });
    expect(q.financialHold).toMatchObject({ count: 1, totalCents: 20_000 });
    expect(q.drafts).toMatchObject({ count: 1, href: '/representante/pedidos' });
    expect(q.openReturns).toMatchObject({ count: 1 });
  });

  it('a shop counts only its own', async () => {
    const q = byKey(await loadWorkQueues(db, A.lojista, 'lojista'));
    expect(q.drafts!.count).toBe(1);
    expect(q.awaitingApproval).toMatchObject({ count: 2, totalCents: 15_000, href: '/lojista/pedidos?status=submitted' });
    expect(q.onTheWay!.count).toBe(0);
    expect(q.openReturns!.count).toBe(1);
  });

  it('comercial sees every order and return step that waits for it', async () => {
    const q = byKey(await loadWorkQueues(db, A.comercial, 'comercial'));
    expect(q.toApprove).toMatchObject({ count: 5, totalCents: 21_000 });
    expect(q.toInvoice!.count).toBe(1);
    expect(q.toShip!.count).toBe(0);
    expect(q.toConfirmDelivery!.count).toBe(1);
    expect(q.returnsToAuthorise).toMatchObject({ count: 1, href: '/comercial/devolucoes?status=requested' });
    expect(q.returnsToInspect!.count).toBe(1);
    expect(q.returnsToClose!.count).toBe(0);
  });

  it('finance sees the hold queue, blocked customers and credit notes still to settle', async () => {
    const q = byKey(await loadWorkQueues(db, A.financeiro, 'financeiro'));
    expect(q.financialHold).toMatchObject({ count: 1, totalCents: 20_000 });
    expect(q.blockedCustomers).toMatchObject({ count: 1, href: '/financeiro/clientes?status=blocked' });
    expect(q.openCreditNotes).toMatchObject({ count: 1, totalCents: 1_234 });
  });

  it('a shop employee has no order queues to read', async () => {
    await expect(loadWorkQueues(db, A.usuario, 'lojista')).rejects.toBeInstanceOf(ForbiddenError);
  });
});
