import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { channels, priceListItems, products, productVariants, stockLevels, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { createTestDatabase } from '@/db/testing/test-db';
import { loadActor } from '@/lib/auth/actor';
import type { Actor } from '@/lib/server/context';
import { runUseCase } from '@/lib/server/use-case';
import { listStorefront, storefrontContext } from './storefront';
import { createProduct, updateProduct, updateVariantSettings } from './use-cases';
import { levelsAtChannel } from '@/lib/stock/queries';

let db: Db;
let drop: () => Promise<void>;
const actor = async (email: string): Promise<Actor> => (await loadActor(db, (await db.select().from(users).where(eq(users.email, email)))[0]!.id))!;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await seedDemo(db, () => {});
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
    const comercial = await actor('comercial@venda.local');
    const r = await runUseCase({ db, actor: comercial }, createProduct, input());
    expect(r).toMatchObject({ ok: true, data: { variants: 10 } });
    const id = r.ok ? r.data.id : '';
    const variants = await db.select().from(productVariants).where(eq(productVariants.productId, id));
    expect(variants.map((v) => v.sku)).toContain('TST-100-AZU2-GG');
    const stock = await db.select().from(stockLevels).innerJoin(productVariants, eq(productVariants.id, stockLevels.variantId)).where(eq(productVariants.productId, id));
    expect(stock).toHaveLength(30);
    expect(await db.$count(priceListItems, eq(priceListItems.productId, id))).toBe(162);

    const shop = await actor('lojista@venda.local');
    const items = await listStorefront(db, await storefrontContext(db, shop), { q: 'Teste Grade' });
    expect(items).toHaveLength(1);
    expect(items[0]!.priceCents).toBeGreaterThan(19990);
    expect(items[0]!.sizes).toEqual(['PP', 'P', 'M', 'G', 'GG']);
  });

  it('refuses a taken reference, a bad NCM and repeated colors next to the fields', async () => {
    const comercial = await actor('comercial@venda.local');
    expect(await runUseCase({ db, actor: comercial }, createProduct, input())).toMatchObject({ ok: false, fieldErrors: { reference: ['validation.referenceTaken'] } });
    expect(await runUseCase({ db, actor: comercial }, createProduct, input({ reference: 'TST-101', ncm: '123' }))).toMatchObject({ ok: false, fieldErrors: { ncm: ['validation.ncm'] } });
    expect(
      await runUseCase({ db, actor: comercial }, createProduct, input({ reference: 'TST-102', colors: [{ name: 'Preto', hex: '#111111' }, { name: 'preto', hex: '#000000' }] })),
    ).toMatchObject({ ok: false, fieldErrors: { colors: ['validation.colorsDuplicate'] } });
  });

  it('edits a product: a new base price reprices the lists; inactive products leave the storefront', async () => {
    const comercial = await actor('comercial@venda.local');
    const shop = await actor('lojista@venda.local');
    const [p] = await db.select().from(products).where(eq(products.reference, 'TST-100'));
    const before = (await listStorefront(db, await storefrontContext(db, shop), { q: 'Teste Grade' }))[0]!.priceCents!;
    const edit = (extra: Record<string, unknown>) => ({ id: p!.id, name: 'Vestido Teste Grade', cost: '80,00', basePrice: '299,90', active: 'on', ...extra });
    expect((await runUseCase({ db, actor: comercial }, updateProduct, edit({}))).ok).toBe(true);
    const after = (await listStorefront(db, await storefrontContext(db, shop), { q: 'Teste Grade' }))[0]!.priceCents!;
    expect(after).toBeGreaterThan(before);
    expect((await runUseCase({ db, actor: comercial }, updateProduct, edit({ active: undefined }))).ok).toBe(true);
    expect(await listStorefront(db, await storefrontContext(db, shop), { q: 'Teste Grade' })).toHaveLength(0);
  });

  it('validates EAN-13 check digits and uniqueness, and sets the minimum stock', async () => {
    const comercial = await actor('comercial@venda.local');
    const [p] = await db.select().from(products).where(eq(products.reference, 'TST-100'));
    const [v1, v2] = await db.select().from(productVariants).where(eq(productVariants.productId, p!.id)).limit(2);
    const [ch] = await db.select().from(channels).limit(1);
    expect(await runUseCase({ db, actor: comercial }, updateVariantSettings, { variantId: v1!.id, ean: '7891234567894', channelId: ch!.id, minimum: '2' })).toMatchObject({ ok: false, fieldErrors: { ean: ['validation.ean'] } });
    expect((await runUseCase({ db, actor: comercial }, updateVariantSettings, { variantId: v1!.id, ean: '7891234567895', channelId: ch!.id, minimum: '4' })).ok).toBe(true);
    expect(await runUseCase({ db, actor: comercial }, updateVariantSettings, { variantId: v2!.id, ean: '7891234567895', channelId: ch!.id, minimum: '0' })).toMatchObject({ ok: false, fieldErrors: { ean: ['validation.eanTaken'] } });
    const [level] = await db.select().from(stockLevels).where(and(eq(stockLevels.variantId, v1!.id), levelsAtChannel(ch!.id)));
    expect(level!.minimum).toBe(4);
  });

  it.each(['representante@venda.local', 'lojista@venda.local', 'financeiro@venda.local', 'usuario@venda.local'])('is refused to %s', async (email) => {
    expect(await runUseCase({ db, actor: await actor(email) }, createProduct, input({ reference: 'TST-999' }))).toMatchObject({ ok: false, error: 'errors.forbidden' });
  });
});
