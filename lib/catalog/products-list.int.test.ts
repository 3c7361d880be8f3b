import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { productImages, products } from '@/db/schema';
import { makeProduct } from '@/db/testing/catalog-fixtures';
import { makeActors } from '@/db/testing/fixtures';
import { createTestDatabase } from '@/db/testing/test-db';
import type { Role } from '@/lib/auth/roles';
import { parseQuery } from '@/lib/server/clean-input';
import type { Actor } from '@/lib/server/context';
import { runRoute } from '@/lib/server/route-core';
import { PRODUCT_PAGE_SIZE, productFilterSchema } from './product-filters';
import { productsCsv } from './products-csv';
import { productSearchRoute, searchProducts } from './product-search';
import { listProducts } from './queries';
import { ForbiddenError } from '@/lib/server/errors';

let db: Db;
let drop: () => Promise<void>;
let actors: Record<Role, Actor>;
let image: { id: string } | undefined;
const filter = (query: Record<string, string> = {}) => parseQuery(productFilterSchema, query);

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  actors = await makeActors(db);
  await makeProduct(db, { name: 'Saia 100% Linho', category: 'Saia', collection: 'Verão', basePriceCents: 9_990 });
  await makeProduct(db, { name: 'Saia Midi', category: 'Saia', collection: 'Inverno', basePriceCents: 19_990 });
  const { product } = await makeProduct(db, { name: 'Blusa_Seda', category: 'Blusa', collection: 'Verão', basePriceCents: 14_990 });
  await db.update(products).set({ active: false }).where(eq(products.id, product.id));
  [image] = await db.insert(productImages).values({ productId: product.id, storageKey: `${product.id}.png`, contentType: 'image/png', sizeBytes: 1 }).returning();
  for (let i = 0; i < PRODUCT_PAGE_SIZE; i++) await makeProduct(db, { name: `Camisa ${i}`, category: 'Camisa' });
});
afterAll(() => drop());

describe('the comercial products list', () => {
  it('searches reference or name with the wildcards taken literally, and filters by collection, category and active', async () => {
    const names = async (q: Record<string, string>) => (await listProducts(db, actors.comercial, filter(q))).rows.map((r) => r.name).sort();
    expect(await names({ q: 'saia' })).toEqual(['Saia 100% Linho', 'Saia Midi']);
    expect(await names({ q: '100%' })).toEqual(['Saia 100% Linho']);
    expect(await names({ q: '_' })).toEqual(['Blusa_Seda']);
    const ref = (await listProducts(db, actors.comercial, filter({ q: 'Saia Midi' }))).rows[0]!.reference;
    expect(await names({ q: ref.toLowerCase() })).toEqual(['Saia Midi']);
    expect(await names({ collection: 'Verão' })).toEqual(['Blusa_Seda', 'Saia 100% Linho']);
    expect(await names({ category: 'Saia', active: 'yes' })).toEqual(['Saia 100% Linho', 'Saia Midi']);
    const inactive = (await listProducts(db, actors.comercial, filter({ active: 'no' }))).rows;
    expect(inactive.map((r) => [r.name, r.active, r.imageId])).toEqual([['Blusa_Seda', false, image!.id]]);
    expect((await listProducts(db, actors.comercial, filter({ q: 'saia' }))).rows.map((r) => r.imageId)).toEqual([null, null]);
  });

  it('sorts on the server, pages by 25 and counts everything filtered; bad values fall back to the defaults', async () => {
    const byPrice = await listProducts(db, actors.comercial, filter({ category: 'Saia', sort: 'price', dir: 'desc' }));
    expect(byPrice.rows.map((r) => r.basePriceCents)).toEqual([19_990, 9_990]);
    const first = await listProducts(db, actors.comercial, filter({ sort: 'nada', dir: 'x', page: '-3' }));
    expect([first.total, first.rows.length, first.page]).toEqual([PRODUCT_PAGE_SIZE + 3, PRODUCT_PAGE_SIZE, 1]);
    const refs = first.rows.map((r) => r.reference);
    expect(refs).toEqual([...refs].sort());
    expect((await listProducts(db, actors.comercial, filter({ page: '2' }))).rows).toHaveLength(3);
    // A product just created leads the first page.
    const last = (await listProducts(db, actors.comercial, filter({ page: '2' }))).rows.at(-1)!;
    expect((await listProducts(db, actors.comercial, filter(), last.id)).rows[0]!.id).toBe(last.id);
  });

  it('is the catalog team’s only: other roles are refused, and the export answers them 403', async () => {
    for (const role of ['lojista', 'representante', 'financeiro', 'usuario'] as const) {
      await expect(listProducts(db, actors[role], filter()), role).rejects.toBeInstanceOf(ForbiddenError);
    }
    const request = (query: string) => new Request(`http://localhost/comercial/produtos/exportar${query}`);
    const shop = await runRoute({ db, actor: actors.lojista }, 'catalog.manage', productsCsv, request(''), {});
    expect(shop.status).toBe(403);
    const res = await runRoute({ db, actor: actors.comercial }, 'catalog.manage', productsCsv, request('?q=saia&sort=price&dir=desc'), {});
    expect(res.status).toBe(200);
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('referencia;nome;colecao;categoria;preco_base;variantes;estoque;ativo');
    const cells = lines.slice(1).map((l) => l.split(';'));
    // Highest price first, as asked; amounts as Brazilian Excel reads them.
    expect(cells.map((c) => [c[1], c[4], c[7]])).toEqual([
      ['Saia Midi', '199,90', 'Sim'],
      ['Saia 100% Linho', '99,90', 'Sim'],
    ]);
  });
});

describe('the product search of the pickers', () => {
  it('finds by part of the reference or the name, the exact reference first, wildcards taken literally', async () => {
    const names = async (q: string) => (await searchProducts(db, actors.comercial, q)).map((p) => p.name);
    expect(await names('saia')).toEqual(['Saia 100% Linho', 'Saia Midi']);
    expect(await names('100%')).toEqual(['Saia 100% Linho']);
    expect(await names('_')).toEqual([]); // one letter finds too much to be useful
    expect(await names('a_s')).toEqual(['Blusa_Seda']);
    const midi = (await searchProducts(db, actors.comercial, 'Saia Midi'))[0]!;
    expect(await names(midi.reference.toLowerCase())).toEqual(['Saia Midi']);
    expect(midi).toMatchObject({ name: 'Saia Midi', detail: 'Inverno · Saia' });
  });

  it('answers the catalog team only, and never fails on hostile input', async () => {
    const request = (q: string) => new Request(`http://localhost/api/produtos/busca?q=${encodeURIComponent(q)}`);
    for (const role of ['representante', 'lojista', 'financeiro', 'usuario'] as const) {
      expect((await runRoute({ db, actor: actors[role] }, 'catalog.manage', productSearchRoute, request('saia'), {})).status, role).toBe(403);
    }
    const res = await runRoute({ db, actor: actors.comercial }, 'catalog.manage', productSearchRoute, request(`Sa\u0000ia ${'x'.repeat(5000)}`), {});
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ results: [] });
    const found = await runRoute({ db, actor: actors.comercial }, 'catalog.manage', productSearchRoute, request('midi'), {});
    expect(((await found.json()) as { results: { name: string }[] }).results.map((r) => r.name)).toEqual(['Saia Midi']);
  });
});
