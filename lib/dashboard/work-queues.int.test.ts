import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { channels, creditNotes, customers, orders, returns } from '@/db/schema';
import { makeActors, makeCustomer, makeUser } from '@/db/testing/fixtures';
import { createTestDatabase } from '@/db/testing/test-db';
import type { Role } from '@/lib/auth/roles';
import type { OrderStatus } from '@/lib/orders/transitions';
import type { ReturnStatus } from '@/lib/returns/transitions';
import type { Actor } from '@/lib/server/context';
import { ForbiddenError } from '@/lib/server/errors';
import { loadWorkQueues, type WorkQueueItem } from './load-work-queues';

let db: Db;
let drop: () => Promise<void>;
let A: Record<Role, Actor>;

const byKey = (items: WorkQueueItem[]) => Object.fromEntries(items.map((i) => [i.key, i]));

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  A = await makeActors(db);
  const [channel] = await db.insert(channels).values({ code: 'RS-TESTE', name: 'Matriz', uf: 'RS' }).returning();
  const own = A.lojista.customerId!;
  const otherRep = await makeUser(db, 'representante');
  const other = (await makeCustomer(db, { representativeId: otherRep.id })).id;

  const order = async (customerId: string, status: OrderStatus, totalCents = 0) =>
    (await db.insert(orders).values({ customerId, channelId: channel!.id, status, totalCents, subtotalCents: totalCents }).returning())[0]!;
  const ret = async (o: { id: string; customerId: string }, status: ReturnStatus) =>
    (await db.insert(returns).values({ orderId: o.id, customerId: o.customerId, channelId: channel!.id, status, reason: 'defect' }).returning())[0]!;

  await order(own, 'draft', 700);
  await order(own, 'submitted', 10_000);
  await order(own, 'submitted', 5_000);
  await order(own, 'financial_hold', 20_000);
  const delivered = await order(own, 'delivered', 3_000);
  await ret(delivered, 'requested');
  await ret(delivered, 'refused');

  for (const total of [1_000, 2_000, 3_000]) await order(other, 'submitted', total);
  await order(other, 'approved', 4_000);
  await order(other, 'shipped', 6_000);
  const otherDelivered = await order(other, 'delivered', 9_000);
  await ret(otherDelivered, 'received');
  const closed = await ret(otherDelivered, 'closed');
  await db.insert(creditNotes).values([
    { returnId: closed.id, customerId: other, amountCents: 1_234 },
    { returnId: (await ret(otherDelivered, 'closed')).id, customerId: other, amountCents: 999, status: 'settled' },
  ]);
  await db.update(customers).set({ status: 'blocked', blockedReason: 'Títulos vencidos' }).where(eq(customers.id, other));
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
