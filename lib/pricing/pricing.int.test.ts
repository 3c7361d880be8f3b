import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/db/client';
import { customerGroupMembers, customerGroups, priceListItems, priceLists, products, salesScenarios } from '@/db/schema';
import { makeChannel, makeProduct } from '@/db/testing/catalog-fixtures';
import { makeCustomer, makeUser } from '@/db/testing/fixtures';
import { giveOwnScenario, makeScenario, putInGroup } from '@/db/testing/pricing-fixtures';
import { actorOf, must, staffActor } from '@/db/testing/staff';
import { createTestDatabase } from '@/db/testing/test-db';
import type { Actor } from '@/lib/server/context';
import { runUseCase } from '@/lib/server/use-case';
import { storefrontContext } from '@/lib/catalog/storefront';
import { listStorefront } from '@/lib/catalog/storefront-list';
import { pricingFor } from './customer-pricing';
import { generateScenario, overridePrice } from './generate';
import { setAdvancedPricing } from './use-cases';

let db: Db;
let url: string;
let drop: () => Promise<void>;
let rs: Awaited<ReturnType<typeof makeChannel>>;
let atacado: { id: string };
let premium: { id: string };
/** One customer per branch of the price resolution, named after the branch. */
let C: Record<'group' | 'own' | 'size' | 'useType' | 'none', { id: string }>;
let shop: Actor;

beforeAll(async () => {
  ({ db, url, drop } = await createTestDatabase());
  // Three origins, as in the demo, so a scenario has 27 × 3 lists; ten products to page through.
  rs = await makeChannel(db, { uf: 'RS' });
  const others = [await makeChannel(db, { uf: 'SP' }), await makeChannel(db, { uf: 'MG' })];
  for (let i = 0; i < 10; i++) await makeProduct(db, { locations: [rs, ...others].map((c) => c.locationId), stock: 5 });
  atacado = await makeScenario(db, { name: 'Atacado Sul', rounding: 'end90' });
  premium = await makeScenario(db, { name: 'Revenda Premium', factorBps: 11_500, rounding: 'end90' });

  C = {
    group: await makeCustomer(db, { uf: 'SC' }),
    own: await makeCustomer(db, { uf: 'RS' }),
    size: await makeCustomer(db, { uf: 'SP', companySize: 'epp' }),
    useType: await makeCustomer(db, { uf: 'MG', useType: 'industria' }),
    none: await makeCustomer(db, { uf: 'BA', companySize: 'grande' }),
  };
  await putInGroup(db, C.group.id, atacado.id);
  await giveOwnScenario(db, C.own.id, premium.id);
  const comercial = await staffActor(db, 'comercial');
  must('pricing.advanced', await runUseCase({ db, actor: comercial }, setAdvancedPricing, { sizes: { epp: atacado.id }, useTypes: { industria: premium.id } }));
  shop = await actorOf(db, (await makeUser(db, 'lojista', { customerId: C.group.id })).id);
});
afterAll(() => drop());

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
    const aurora = C.group.id;
    const [other] = await db.select().from(customerGroups).where(eq(customerGroups.name, 'Revenda Premium – SC'));
    // The primary key on customer_id is the rule: a unique violation on it, not any SQL error.
    await expect(db.insert(customerGroupMembers).values({ customerId: aurora, groupId: other!.id })).rejects.toMatchObject({ cause: { code: '23505', constraint_name: 'customer_group_members_pkey' } });
  });
});

describe('price resolution', () => {
  it('explains every branch: group, own, size, use-type default, none', async () => {
    expect(await pricingFor(db, C.group.id, rs.id)).toMatchObject({ source: 'group', groupName: 'Atacado Sul – SC', scenarioName: 'Atacado Sul', destUf: 'SC', originUf: 'RS', adjustmentBps: 1200 });
    expect(await pricingFor(db, C.own.id, rs.id)).toMatchObject({ source: 'own', scenarioName: 'Revenda Premium', destUf: 'RS', originUf: 'RS', adjustmentBps: 1700 });
    expect(await pricingFor(db, C.size.id, rs.id)).toMatchObject({ source: 'size', size: 'epp', scenarioName: 'Atacado Sul' });
    expect(await pricingFor(db, C.useType.id, rs.id)).toMatchObject({ source: 'system_default', useType: 'industria', scenarioName: 'Revenda Premium' });
    expect(await pricingFor(db, C.none.id, rs.id)).toMatchObject({ source: 'none', listId: null });
  });

  it('the storefront costs a fixed number of queries, whatever the number of products', async () => {
    let queries = 0;
    const { db: counted, close } = createDb(url, { max: 2, onQuery: () => queries++ });
    try {
      const actor = shop;
      queries = 0;
      const ctx = await storefrontContext(counted, actor);
      const few = (await listStorefront(counted, ctx, { por: 10 })).items;
      const costFew = queries;

      // 500 products: the same number of queries.
      await counted.insert(products).values(Array.from({ length: 500 }, (_, i) => ({ reference: `BULK-${i}`, name: `Produto em massa ${i}`, basePriceCents: 9990 })));
      await generateScenario(counted, (await scenario('Atacado Sul')).id);
      queries = 0;
      const ctx2 = await storefrontContext(counted, actor);
      const many = (await listStorefront(counted, ctx2, { por: 1000 })).items;
      expect(few).toHaveLength(10);
      expect(many.length).toBeGreaterThan(500);
      expect(many.every((p) => p.priceCents !== null)).toBe(true);
      expect(queries).toBe(costFew);
    } finally {
      await close();
    }
  });
});
