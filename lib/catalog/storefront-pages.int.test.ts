import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/db/client';
import { productRestrictions, products } from '@/db/schema';
import { makeChannel, makeProduct } from '@/db/testing/catalog-fixtures';
import { makeCustomer } from '@/db/testing/fixtures';
import { giveOwnScenario, makeScenario, putInGroup } from '@/db/testing/pricing-fixtures';
import { shopLogin } from '@/db/testing/staff';
import { createTestDatabase } from '@/db/testing/test-db';
import { parseQuery } from '@/lib/server/clean-input';
import type { Actor } from '@/lib/server/context';
import { storefrontContext } from './storefront';
import { storefrontFacets } from './storefront-facets';
import { encodeCursor, storefrontFilterSchema, type StorefrontFilter } from './storefront-filter';
import { listStorefront } from './storefront-list';

let db: Db;
let url: string;
let drop: () => Promise<void>;
/** Aurora (SC) may not see the category "Jaqueta"; Bella (RS) sees everything. */
let aurora: Actor;
let bella: Actor;

/** 30 visible pieces "Peça 00" … "Peça 29", each facet value a known function of its number. */
const spec = Array.from({ length: 30 }, (_, i) => ({
  name: `Peça ${String(i).padStart(2, '0')}`,
  category: ['Vestido', 'Saia', 'Blusa'][i % 3]!,
  collection: i % 2 === 0 ? 'Verão 2027' : 'Inverno 2026',
  colors: i % 5 === 0 ? ['Preto', 'Rosa'] : ['Preto'],
  sizes: i < 10 ? ['P', 'M'] : ['M', 'G'],
}));

beforeAll(async () => {
  ({ db, url, drop } = await createTestDatabase());
  const channel = await makeChannel(db, { uf: 'RS' });
  for (const p of spec) await makeProduct(db, { ...p, basePriceCents: 10_000, locations: [channel.locationId], stock: 2 });
  // Three jackets only Bella may see, in a colour and a size nothing else has; and one inactive piece.
  for (const n of [1, 2, 3]) await makeProduct(db, { name: `Jaqueta ${n}`, category: 'Jaqueta', collection: 'Verão 2027', colors: ['Azul'], sizes: ['GG'], locations: [channel.locationId], stock: 2 });
  const { product: inactive } = await makeProduct(db, { name: 'Peça inativa', category: 'Vestido', collection: 'Verão 2027' });
  await db.update(products).set({ active: false }).where(eq(products.id, inactive.id));
  await db.insert(productRestrictions).values({ targetKind: 'category', targetValue: 'Jaqueta', audienceKind: 'uf', audienceValue: 'SC' });

  const scenario = await makeScenario(db, { name: 'Atacado' });
  const sc = await makeCustomer(db, { uf: 'SC' });
  await putInGroup(db, sc.id, scenario.id);
  const rs = await makeCustomer(db, { uf: 'RS' });
  await giveOwnScenario(db, rs.id, scenario.id);
  [aurora, bella] = [await shopLogin(db, sc.id), await shopLogin(db, rs.id)];
});
afterAll(() => drop());

const page = async (who: Actor, f: StorefrontFilter) => listStorefront(db, await storefrontContext(db, who), f);
const facets = async (who: Actor, f: StorefrontFilter) => storefrontFacets(db, await storefrontContext(db, who), f);
/** Every product a filter matches, in one page. */
const all = async (who: Actor, f: StorefrontFilter) => (await page(who, { ...f, por: 1000 })).items.map((p) => p.name);
const counts = (options: { value: string; count: number }[]) => Object.fromEntries(options.map((o) => [o.value, o.count]));

describe('storefront pages', () => {
  it('shows 48 products by default, or the page size asked for, and says where the next page starts', async () => {
    const first = await page(aurora, {});
    expect(first.items).toHaveLength(30);
    expect(first.next).toBeNull();
    const twelve = await page(aurora, { por: 12 });
    expect(twelve.items.map((p) => p.name)).toEqual(spec.slice(0, 12).map((p) => p.name));
    expect(twelve.next).toEqual({ name: 'Peça 11', id: twelve.items[11]!.id });
    // Each card carries its price (from the customer's list), colours, sizes and stock.
    expect(twelve.items[0]).toMatchObject({
      colors: [
        { name: 'Preto', hex: '#000000' },
        { name: 'Rosa', hex: '#000000' },
      ],
      sizes: ['P', 'M'],
      available: 8,
    });
    expect(twelve.items.every((p) => typeof p.priceCents === 'number')).toBe(true);
    // From the URL: bounded to 12…96, anything else is the default.
    expect(parseQuery(storefrontFilterSchema, { por: '5' }).por).toBeUndefined();
    expect(parseQuery(storefrontFilterSchema, { por: '24' }).por).toBe(24);
  });

  it('continues after the cursor with the same filters, showing again what was on screen, until the last page', async () => {
    const f: StorefrontFilter = { collection: 'Verão 2027', size: 'M', por: 4 };
    const expected = await all(aurora, f);
    expect(expected).toHaveLength(15);
    let shown: string[] = [];
    let cursor = undefined as StorefrontFilter['ate'];
    for (let n = 1; n <= 4; n++) {
      const p = await page(aurora, { ...f, ate: cursor });
      shown = p.items.map((i) => i.name);
      expect(shown).toEqual(expected.slice(0, Math.min(4 * n, 15)));
      cursor = p.next ?? undefined;
    }
    expect(cursor).toBeUndefined();

    // The cursor travels in the URL and comes back the same; a forged one starts from the top.
    const second = await page(aurora, { ...f });
    const fromUrl = parseQuery(storefrontFilterSchema, { collection: 'Verão 2027', size: 'M', por: '12', ate: encodeCursor(second.next!) });
    expect(fromUrl.ate).toEqual(second.next);
    expect(parseQuery(storefrontFilterSchema, { ate: 'bm90LWEtY3Vyc29y' }).ate).toBeUndefined();

    // A product added before the cursor between two clicks shows up, and nothing after it is skipped.
    const { product: early } = await makeProduct(db, { name: 'Peça 00a', collection: 'Verão 2027', sizes: ['M'] });
    try {
      const next = await page(aurora, { ...f, ate: second.next! });
      expect(next.items.map((i) => i.name)).toEqual((await all(aurora, f)).slice(0, 9));
      expect(next.items.map((i) => i.name)).toContain('Peça 00a');
    } finally {
      await db.delete(products).where(eq(products.id, early.id));
    }
  });

  it('counts each facet option exactly, with the other filters and without its own', async () => {
    const none = await facets(aurora, {});
    expect(none.total).toBe(30);
    expect(counts(none.category)).toEqual({ Blusa: 10, Saia: 10, Vestido: 10 });
    expect(counts(none.collection)).toEqual({ 'Inverno 2026': 15, 'Verão 2027': 15 });
    expect(counts(none.color)).toEqual({ Preto: 30, Rosa: 6 });
    expect(none.size).toEqual([
      { value: 'P', count: 10 },
      { value: 'M', count: 30 },
      { value: 'G', count: 20 },
    ]);

    const f: StorefrontFilter = { category: 'Vestido', size: 'P' };
    const some = await facets(aurora, f);
    // Vestido is 0, 3, 6 … 27; size P is 0 … 9: pieces 0, 3, 6, 9.
    expect(some.total).toBe(4);
    expect(some.total).toBe((await all(aurora, f)).length);
    // Category options keep the counts of size P alone (pieces 0 … 9).
    expect(counts(some.category)).toEqual({ Vestido: 4, Saia: 3, Blusa: 3 });
    // Sizes among the dresses: P for 0 … 9, M for all ten, G for 12 … 27.
    expect(counts(some.size)).toEqual({ P: 4, M: 10, G: 6 });
    expect(counts(some.collection)).toEqual({ 'Verão 2027': 2, 'Inverno 2026': 2 });
    expect(counts(some.color)).toEqual({ Preto: 4, Rosa: 1 });

    // Price bounds and search narrow every count.
    expect((await facets(aurora, { q: 'Peça 1' })).total).toBe(10);
    const [cheapest] = (await page(aurora, { por: 12 })).items;
    expect((await facets(aurora, { max: cheapest!.priceCents! - 1 })).total).toBe(0);
  });

  it('never shows or counts a restricted or inactive product', async () => {
    const forBella = await facets(bella, {});
    expect(forBella.total).toBe(33);
    expect(counts(forBella.category)).toMatchObject({ Jaqueta: 3 });
    expect(counts(forBella.color)).toMatchObject({ Azul: 3 });

    const forAurora = await facets(aurora, {});
    expect(forAurora.category.map((o) => o.value)).not.toContain('Jaqueta');
    expect(forAurora.color.map((o) => o.value)).not.toContain('Azul');
    expect(forAurora.size.map((o) => o.value)).not.toContain('GG');
    expect(await all(aurora, {})).not.toContain('Jaqueta 1');
    expect(await all(aurora, {})).not.toContain('Peça inativa');
    // Asked for by URL, the restricted category shows nothing and counts 0.
    const asked = await facets(aurora, { category: 'Jaqueta' });
    expect(asked.total).toBe(0);
    expect(counts(asked.category)).toMatchObject({ Jaqueta: 0 });
    expect((await page(aurora, { category: 'Jaqueta' })).items).toEqual([]);
  });

  it('costs the same statements whatever the page size or how far the buyer has scrolled', async () => {
    let queries = 0;
    const { db: counted, close } = createDb(url, { max: 3, onQuery: () => queries++ });
    try {
      const ctx = await storefrontContext(counted, aurora);
      const cost = async (f: StorefrontFilter) => {
        queries = 0;
        const p = await listStorefront(counted, ctx, f);
        await storefrontFacets(counted, ctx, f);
        return { queries, next: p.next };
      };
      const first = await cost({ por: 12 });
      expect(first.queries).toBe(2);
      expect((await cost({ por: 12, ate: first.next! })).queries).toBe(3);
      expect((await cost({ por: 96, size: 'M', ate: first.next! })).queries).toBe(3);
    } finally {
      await close();
    }
  });
});
