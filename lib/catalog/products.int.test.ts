import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { channels, priceListItems, products, productVariants, stockLevels } from '@/db/schema';
import { makeChannel, makeProduct } from '@/db/testing/catalog-fixtures';
import { makeCustomer, makeShop, makeUser } from '@/db/testing/fixtures';
import { makeScenario, putInGroup } from '@/db/testing/pricing-fixtures';
import { actorOf, shopLogin, staffActor } from '@/db/testing/staff';
import { createTestDatabase } from '@/db/testing/test-db';
import type { Actor } from '@/lib/server/context';
import { runUseCase } from '@/lib/server/use-case';
import { storefrontContext } from './storefront';
import { listStorefront } from './storefront-list';
import { createProduct, updateProduct, updateVariantSettings } from './use-cases';
import { levelsAtChannel } from '@/lib/stock/queries';

let db: Db;
let drop: () => Promise<void>;
/** The back office, a shop priced through a group (and its representative and employee), and the finance role. */
let A: Record<'comercial' | 'lojista' | 'representante' | 'financeiro' | 'usuario', Actor>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  // Three channels and two scenarios: a new product gets 3 stock rows per variant and 2 × 27 × 3 = 162 prices.
  const origins = [await makeChannel(db, { uf: 'RS' }), await makeChannel(db, { uf: 'SP' }), await makeChannel(db, { uf: 'MG' })];
  await makeProduct(db, { locations: origins.map((c) => c.locationId), stock: 5 });
  const atacado = await makeScenario(db, { name: 'Atacado Sul', rounding: 'end90' });
  await makeScenario(db, { name: 'Revenda Premium', factorBps: 11_500, rounding: 'end90' });
  const rep = await makeUser(db, 'representante');
  const shop = await makeCustomer(db, { uf: 'SC', representativeId: rep.id });
  await putInGroup(db, shop.id, atacado.id);
  A = {
    comercial: await staffActor(db, 'comercial'),
    lojista: await shopLogin(db, shop.id),
    representante: await actorOf(db, rep.id),
    financeiro: await staffActor(db, 'financeiro'),
    usuario: await actorOf(db, (await makeUser(db, 'usuario', { shopId: (await makeShop(db, shop.id)).id })).id),
  };
});
afterAll(() => drop());

const input = (extra: Record<string, unknown> = {}) => ({
  reference: 'TST-100',
  name: 'Vestido Teste Grade',
  collection: 'Verão 2027',
  category: 'Vestido',
  cost: '80,00',
  basePrice: '199,90',
  sizeScale: 'letters',
  colors: [
    { name: 'Preto', hex: '#111111' },
    { name: 'Azul Marinho', hex: '#1F2F55' },
  ],
  ...extra,
});

describe('creating a product', () => {
  it('generates the color × size grid, empty stock per channel, and prices in every list; the shop sees it', async () => {
    const { comercial } = A;
    const r = await runUseCase({ db, actor: comercial }, createProduct, input());
    expect(r).toMatchObject({ ok: true, data: { variants: 10 } });
    const id = r.ok ? r.data.id : '';
    const variants = await db.select().from(productVariants).where(eq(productVariants.productId, id));
    expect(variants.map((v) => v.sku)).toContain('TST-100-AZU2-GG');
    const stock = await db.select().from(stockLevels).innerJoin(productVariants, eq(productVariants.id, stockLevels.variantId)).where(eq(productVariants.productId, id));
    expect(stock).toHaveLength(30);
    expect(await db.$count(priceListItems, eq(priceListItems.productId, id))).toBe(162);

    const shop = A.lojista;
    const items = (await listStorefront(db, await storefrontContext(db, shop), { q: 'Teste Grade' })).items;
    expect(items).toHaveLength(1);
    expect(items[0]!.priceCents).toBeGreaterThan(19990);
    expect(items[0]!.sizes).toEqual(['PP', 'P', 'M', 'G', 'GG']);
  });

  it('refuses a taken reference, a bad NCM and repeated colors next to the fields', async () => {
    const { comercial } = A;
    expect(await runUseCase({ db, actor: comercial }, createProduct, input())).toMatchObject({ ok: false, fieldErrors: { reference: ['validation.referenceTaken'] } });
    expect(await runUseCase({ db, actor: comercial }, createProduct, input({ reference: 'TST-101', ncm: '123' }))).toMatchObject({ ok: false, fieldErrors: { ncm: ['validation.ncm'] } });
    expect(
      await runUseCase(
        { db, actor: comercial },
        createProduct,
        input({
          reference: 'TST-102',
          colors: [
            { name: 'Preto', hex: '#111111' },
            { name: 'preto', hex: '#000000' },
          ],
        }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { colors: ['validation.colorsDuplicate'] } });
  });

  it('edits a product: a new base price reprices the lists; inactive products leave the storefront', async () => {
    const { comercial, lojista: shop } = A;
    const [p] = await db.select().from(products).where(eq(products.reference, 'TST-100'));
    const before = (await listStorefront(db, await storefrontContext(db, shop), { q: 'Teste Grade' })).items[0]!.priceCents!;
    const edit = (extra: Record<string, unknown>) => ({ id: p!.id, name: 'Vestido Teste Grade', cost: '80,00', basePrice: '299,90', active: 'on', ...extra });
    expect((await runUseCase({ db, actor: comercial }, updateProduct, edit({}))).ok).toBe(true);
    const after = (await listStorefront(db, await storefrontContext(db, shop), { q: 'Teste Grade' })).items[0]!.priceCents!;
    expect(after).toBeGreaterThan(before);
    expect((await runUseCase({ db, actor: comercial }, updateProduct, edit({ active: undefined }))).ok).toBe(true);
    expect((await listStorefront(db, await storefrontContext(db, shop), { q: 'Teste Grade' })).items).toHaveLength(0);
  });

  it('validates EAN-13 check digits and uniqueness, and sets the minimum stock', async () => {
    const { comercial } = A;
    const [p] = await db.select().from(products).where(eq(products.reference, 'TST-100'));
    const [v1, v2] = await db.select().from(productVariants).where(eq(productVariants.productId, p!.id)).limit(2);
    const [ch] = await db.select().from(channels).limit(1);
    expect(await runUseCase({ db, actor: comercial }, updateVariantSettings, { variantId: v1!.id, ean: '7891234567894', channelId: ch!.id, minimum: '2' })).toMatchObject({
      ok: false,
      fieldErrors: { ean: ['validation.ean'] },
    });
    expect((await runUseCase({ db, actor: comercial }, updateVariantSettings, { variantId: v1!.id, ean: '7891234567895', channelId: ch!.id, minimum: '4' })).ok).toBe(true);
    expect(await runUseCase({ db, actor: comercial }, updateVariantSettings, { variantId: v2!.id, ean: '7891234567895', channelId: ch!.id, minimum: '0' })).toMatchObject({
      ok: false,
      fieldErrors: { ean: ['validation.eanTaken'] },
    });
    const [level] = await db
      .select()
      .from(stockLevels)
      .where(and(eq(stockLevels.variantId, v1!.id), levelsAtChannel(ch!.id)));
    expect(level!.minimum).toBe(4);
  });

  it.each(['representante', 'lojista', 'financeiro', 'usuario'] as const)('is refused to %s', async (role) => {
    expect(await runUseCase({ db, actor: A[role] }, createProduct, input({ reference: 'TST-999' }))).toMatchObject({ ok: false, error: 'errors.forbidden' });
  });
});
