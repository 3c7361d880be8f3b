import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { contracts, customerGroups, priceLists, products } from '@/db/schema';
import { makeChannel, makeProduct } from '@/db/testing/catalog-fixtures';
import { makeActors } from '@/db/testing/fixtures';
import { makeScenario } from '@/db/testing/pricing-fixtures';
import { createTestDatabase } from '@/db/testing/test-db';
import { ROLES, type Role } from '@/lib/auth/roles';
import { parseQuery } from '@/lib/server/clean-input';
import type { Actor } from '@/lib/server/context';
import { ForbiddenError } from '@/lib/server/errors';
import { overridePrice } from './generate';
import { PRICE_LIST_PAGE_SIZE, priceListFilterSchema } from './list-filters';
import { groupContracts, priceListItemsFor } from './queries';

let db: Db;
let drop: () => Promise<void>;
let actors: Record<Role, Actor>;
let scenarioId: string;
let channelId: string;
const items = (query: Record<string, string>) => priceListItemsFor(db, actors.comercial, { ...parseQuery(priceListFilterSchema, query), scenario: scenarioId, channel: channelId });

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  actors = await makeActors(db);
  channelId = (await makeChannel(db, { uf: 'RS' })).id;
  await makeProduct(db, { name: 'Saia 100% Linho', basePriceCents: 9_990 });
  await makeProduct(db, { name: 'Saia Midi', basePriceCents: 19_990 });
  for (let i = 0; i < PRICE_LIST_PAGE_SIZE; i++) await makeProduct(db, { name: `Camisa ${String(i).padStart(2, '0')}`, basePriceCents: 5_000 + i });
  scenarioId = (await makeScenario(db, { name: 'Atacado' })).id;
});
afterAll(() => drop());

describe('the price list screen', () => {
  it('shows one list a page of 50 at a time, sorted on the server, searched by reference or name', async () => {
    const first = (await items({ uf: 'SC' }))!;
    expect(first.list.destUf).toBe('SC');
    expect([first.total, first.rows.length]).toEqual([PRICE_LIST_PAGE_SIZE + 2, PRICE_LIST_PAGE_SIZE]);
    expect((await items({ uf: 'SC', page: '2' }))!.rows).toHaveLength(2);
    const byPrice = (await items({ uf: 'SC', sort: 'price', dir: 'desc' }))!.rows.map((r) => r.name);
    expect(byPrice.slice(0, 2)).toEqual(['Saia Midi', 'Saia 100% Linho']);
    expect((await items({ uf: 'SC', q: '100%' }))!.rows.map((r) => r.name)).toEqual(['Saia 100% Linho']);
    // Its reference is random (the fixture's tag): read it from the product, wherever it falls in the pages.
    const [{ reference: ref }] = (await db.select({ reference: products.reference }).from(products).where(eq(products.name, 'Camisa 07'))) as [{ reference: string }];
    expect((await items({ uf: 'SC', q: ref.toLowerCase() }))!.rows.map((r) => r.name)).toEqual(['Camisa 07']);
  });

  it('narrows to the prices edited by hand, and answers null for a combination with no list', async () => {
    const [list] = await db.select().from(priceLists).where(and(eq(priceLists.scenarioId, scenarioId), eq(priceLists.destUf, 'PR'), eq(priceLists.channelId, channelId)));
    const midi = (await items({ uf: 'PR', q: 'Midi' }))!.rows[0]!;
    await overridePrice(db, list!.id, midi.productId, 17_750);
    const changed = (await items({ uf: 'PR', changed: '1' }))!;
    expect(changed.rows.map((r) => [r.name, r.priceCents, r.overridden])).toEqual([['Saia Midi', 17_750, true]]);
    expect(changed.total).toBe(1);
    expect(await priceListItemsFor(db, actors.comercial, { ...parseQuery(priceListFilterSchema, {}), scenario: scenarioId, channel: actors.comercial.userId })).toBeNull();
  });

  it('is refused to every role without pricing.manage', async () => {
    const f = { ...parseQuery(priceListFilterSchema, {}), scenario: scenarioId, channel: channelId };
    for (const role of ROLES.filter((r) => !['admin', 'comercial'].includes(r))) await expect(priceListItemsFor(db, actors[role], f), role).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('a group\'s contracts', () => {
  it('offer, per channel, the lists of the group\'s own scenario (one per destination UF), and keep the one chosen from elsewhere', async () => {
    const other = await makeScenario(db, { name: 'Varejo' });
    const [group] = await db.select().from(customerGroups).where(and(eq(customerGroups.scenarioId, scenarioId), eq(customerGroups.uf, 'SC')));
    const [foreign] = await db.select().from(priceLists).where(and(eq(priceLists.scenarioId, other.id), eq(priceLists.destUf, 'SC'), eq(priceLists.channelId, channelId)));
    await db.update(contracts).set({ priceListId: foreign!.id }).where(and(eq(contracts.groupId, group!.id), eq(contracts.channelId, channelId)));
    const [contract] = await groupContracts(db, actors.comercial, group!.id);
    expect(contract!.priceListId).toBe(foreign!.id);
    expect(contract!.options).toHaveLength(28);
    expect(contract!.options.map((o) => o.value)).toContain(foreign!.id);
    const own = await db.select({ id: priceLists.id }).from(priceLists).where(and(eq(priceLists.scenarioId, scenarioId), eq(priceLists.channelId, channelId)));
    expect(contract!.options.filter((o) => o.value !== foreign!.id).map((o) => o.value).sort()).toEqual(own.map((l) => l.id).sort());
  });
});
