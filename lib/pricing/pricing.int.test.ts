import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/db/client';
import { channels, customerGroupMembers, customerGroups, customers, priceListItems, priceLists, products, salesScenarios, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { createTestDatabase } from '@/db/testing/test-db';
import { loadActor } from '@/lib/auth/actor';
import { listStorefront, storefrontContext } from '@/lib/catalog/storefront';
import { pricingFor } from './customer-pricing';
import { generateScenario, overridePrice } from './generate';

let db: Db;
let url: string;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, url, drop } = await createTestDatabase());
  await seedDemo(db, () => {});
});
afterAll(() => drop());

const idOf = async (name: string) => (await db.select({ id: customers.id }).from(customers).where(eq(customers.name, name)))[0]!.id;
const channel = async (code: string) => (await db.select().from(channels).where(eq(channels.code, code)))[0]!;
const scenario = async (name: string) => (await db.select().from(salesScenarios).where(eq(salesScenarios.name, name)))[0]!;

describe('scenario generation', () => {
  it('creates one group per UF and one list per UF × channel, idempotently, keeping overrides', async () => {
    const s = await scenario('Atacado Sul');
    const counts = async () => ({
      groups: await db.$count(customerGroups, eq(customerGroups.scenarioId, s.id)),
      lists: await db.$count(priceLists, eq(priceLists.scenarioId, s.id)),
      items: (await db.select({ n: sql<number>`count(*)::int` }).from(priceListItems).innerJoin(priceLists, eq(priceLists.id, priceListItems.priceListId)).where(eq(priceLists.scenarioId, s.id)))[0]!.n,
    });
    const before = await counts();
    const productCount = await db.$count(products);
    expect(before).toEqual({ groups: 27, lists: 81, items: 81 * productCount });

    const rs = await channel('RS-MATRIZ');
    const [list] = await db.select().from(priceLists).where(and(eq(priceLists.scenarioId, s.id), eq(priceLists.destUf, 'SC'), eq(priceLists.channelId, rs.id)));
    const [product] = await db.select().from(products).limit(1);
    await overridePrice(db, list!.id, product!.id, 12345);
    await db.update(salesScenarios).set({ factorBps: 20000 }).where(eq(salesScenarios.id, s.id));
    await generateScenario(db, s.id);
    expect(await counts()).toEqual(before);
    const [kept] = await db.select().from(priceListItems).where(and(eq(priceListItems.priceListId, list!.id), eq(priceListItems.productId, product!.id)));
    expect(kept).toMatchObject({ priceCents: 12345, overridden: true });
    const [other] = await db.select().from(priceListItems).where(and(eq(priceListItems.priceListId, list!.id), sql`${priceListItems.productId} <> ${product!.id}`)).limit(1);
    const [otherProduct] = await db.select().from(products).where(eq(products.id, other!.productId));
    expect(other!.priceCents).toBeGreaterThanOrEqual(Math.round(otherProduct!.basePriceCents * 2 * 1.12));
    await db.update(salesScenarios).set({ factorBps: 10000 }).where(eq(salesScenarios.id, s.id));
    await generateScenario(db, s.id);
  });

  it('a customer belongs to at most one group (the database refuses a second)', async () => {
    const aurora = await idOf('Boutique Aurora Ltda');
    const [other] = await db.select().from(customerGroups).where(eq(customerGroups.name, 'Revenda Premium – SC'));
    // The primary key on customer_id is the rule: a unique violation on it, not any SQL error.
    await expect(db.insert(customerGroupMembers).values({ customerId: aurora, groupId: other!.id })).rejects.toMatchObject({ cause: { code: '23505', constraint_name: 'customer_group_members_pkey' } });
  });
});

describe('price resolution on the demo data', () => {
  it('explains every branch: group, own, size, use-type default, none', async () => {
    const rs = (await channel('RS-MATRIZ')).id;
    expect(await pricingFor(db, await idOf('Boutique Aurora Ltda'), rs)).toMatchObject({ source: 'group', groupName: 'Atacado Sul – SC', scenarioName: 'Atacado Sul', destUf: 'SC', originUf: 'RS', adjustmentBps: 1200 });
    expect(await pricingFor(db, await idOf('Moda Bella Confecções ME'), rs)).toMatchObject({ source: 'own', scenarioName: 'Revenda Premium', destUf: 'RS', originUf: 'RS', adjustmentBps: 1700 });
    expect(await pricingFor(db, await idOf('Casa Vitória Modas'), rs)).toMatchObject({ source: 'size', size: 'epp', scenarioName: 'Atacado Sul' });
    expect(await pricingFor(db, await idOf('Armazém Minas Vestuário'), rs)).toMatchObject({ source: 'system_default', useType: 'industria', scenarioName: 'Revenda Premium' });
    expect(await pricingFor(db, await idOf('Lojas Sertão Fashion'), rs)).toMatchObject({ source: 'none', listId: null });
  });

  it('the storefront costs a fixed number of queries, whatever the number of products', async () => {
    let queries = 0;
    const { db: counted, close } = createDb(url, { max: 2, onQuery: () => queries++ });
    try {
      const [u] = await counted.select({ id: users.id }).from(users).where(eq(users.email, 'lojista@venda.local'));
      const actor = (await loadActor(counted, u!.id))!;
      queries = 0;
      const ctx = await storefrontContext(counted, actor);
      const few = await listStorefront(counted, ctx, {}, 10);
      const costFew = queries;

      // 500 products: the same number of queries.
      await counted.insert(products).values(Array.from({ length: 500 }, (_, i) => ({ reference: `BULK-${i}`, name: `Produto em massa ${i}`, basePriceCents: 9990 })));
      await generateScenario(counted, (await scenario('Atacado Sul')).id);
      queries = 0;
      const ctx2 = await storefrontContext(counted, actor);
      const many = await listStorefront(counted, ctx2, {}, 1000);
      expect(few).toHaveLength(10);
      expect(many.length).toBeGreaterThan(500);
      expect(many.every((p) => p.priceCents !== null)).toBe(true);
      expect(queries).toBe(costFew);
    } finally {
      await close();
    }
  });
});
