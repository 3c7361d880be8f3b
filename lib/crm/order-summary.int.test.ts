import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { orders } from '@/db/schema';
import { makeChannel, makeProduct } from '@/db/testing/catalog-fixtures';
import { makeActors, makeCustomer, makeUser } from '@/db/testing/fixtures';
import { makeOrder, makeOrderConditions, type OrderFixtureState } from '@/db/testing/order-fixtures';
import { makeScenario, putInGroup, setUfAdjustment } from '@/db/testing/pricing-fixtures';
import { actorOf } from '@/db/testing/staff';
import { createTestDatabase } from '@/db/testing/test-db';
import type { Role } from '@/lib/auth/roles';
import type { Actor } from '@/lib/server/context';
import { NotFoundError } from '@/lib/server/errors';
import { orderFilterSchema } from '@/lib/orders/filters';
import { listOrders } from '@/lib/orders/queries';
import { customerOrderSummary } from './order-summary';
import { listCustomers } from './queries';
import { customerFilterSchema } from './schemas';

let db: Db;
let drop: () => Promise<void>;
let A: Record<Role, Actor>;
let ownRep: Actor;
let customerId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  A = await makeActors(db);
  await makeOrderConditions(db);
  const channel = await makeChannel(db, { uf: 'SP' });
  // One variant at one cent with no UF adjustment: an order's total is its quantity in cents.
  const { variants } = await makeProduct(db, { sizes: ['U'], basePriceCents: 1, locations: [channel.locationId], stock: 100_000 });
  const scenario = await makeScenario(db);
  await setUfAdjustment(db, 'SP', 'SC', 0);
  const rep = await makeUser(db, 'representante');
  ownRep = await actorOf(db, rep.id);
  const customer = await makeCustomer(db, { name: 'Loja Histórico', representativeId: rep.id, creditLimitCents: 1_000_000 });
  customerId = customer.id;
  await putInGroup(db, customer.id, scenario.id);
  const made: [OrderFixtureState, number, string][] = [
    ['delivered', 1000, '2026-03-01T12:00:00Z'],
    ['shipped', 2000, '2026-03-02T12:00:00Z'],
    ['approved', 3000, '2026-03-03T12:00:00Z'],
    ['submitted', 500, '2026-03-04T10:00:00Z'],
    ['cancelled', 700, '2026-03-05T12:00:00Z'],
    ['rejected', 900, '2026-03-06T12:00:00Z'],
  ];
  for (const [state, quantity, at] of made) {
    const order = await makeOrder(db, { customer, channel, lines: [{ variantId: variants[0]!.id, quantity }], state });
    await db.update(orders).set({ submittedAt: new Date(at) }).where(eq(orders.id, order.id));
    ids[state] = order.id;
  }
  ids.draft = (await makeOrder(db, { customer, channel, lines: [{ variantId: variants[0]!.id, quantity: 50 }], state: 'draft' })).id;
});
afterAll(() => drop());

describe("a customer's order summary", () => {
  // 02:00 UTC on 10 March is still the 9th in São Paulo: five days after the 4th, not six.
  const now = new Date('2026-03-10T02:00:00Z');

  it('sums up the sales history with exact figures', async () => {
    const summary = await customerOrderSummary(db, A.comercial, customerId, now);
    expect(summary.recent.map((o) => o.id)).toEqual([ids.rejected, ids.cancelled, ids.submitted, ids.approved, ids.shipped]);
    expect(summary.recent.map((o) => o.totalCents)).toEqual([900, 700, 500, 3000, 2000]);
    expect(summary).toMatchObject({
      orderCount: 4,
      lastPurchaseAt: new Date('2026-03-04T10:00:00Z'),
      daysSinceLastPurchase: 5,
      // (1000 + 2000 + 3000 + 500) / 4: cancelled, rejected and draft orders are no sale.
      averageTicketCents: 1625,
      // Shipped and approved orders are under way; submitted ones are not yet.
      openCents: 5000,
      creditLimitCents: 1_000_000,
      creditAvailableCents: 995_000,
    });
  });

  it('is the same for the customer’s own representative and finance', async () => {
    expect((await customerOrderSummary(db, ownRep, customerId, now)).openCents).toBe(5000);
    expect((await customerOrderSummary(db, A.financeiro, customerId, now)).averageTicketCents).toBe(1625);
  });

  it('does not exist for a representative of another portfolio', async () => {
    await expect(customerOrderSummary(db, A.representante, customerId, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(customerOrderSummary(db, A.lojista, customerId, now)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('gives a customer without sales no purchase and no average', async () => {
    const summary = await customerOrderSummary(db, A.comercial, A.lojista.customerId!, now);
    expect(summary).toMatchObject({ recent: [], orderCount: 0, lastPurchaseAt: null, daysSinceLastPurchase: null, averageTicketCents: null, openCents: 0 });
  });

  it('the customers list carries each customer’s open amount in the same query', async () => {
    const { rows } = await listCustomers(db, A.financeiro, customerFilterSchema.parse({}));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(customerId)).toMatchObject({ openCents: 5000, creditLimitCents: 1_000_000 });
    expect(byId.get(A.lojista.customerId!)).toMatchObject({ openCents: 0 });
  });

  it("the 'all orders' link lists exactly this customer's submitted orders, in scope", async () => {
    const f = orderFilterSchema.parse({ customer: customerId });
    expect((await listOrders(db, A.comercial, f)).total).toBe(6);
    expect((await listOrders(db, A.representante, f)).total).toBe(0);
  });
});
