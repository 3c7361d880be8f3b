import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { channels, customers, products, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { createTestDatabase } from '@/db/testing/test-db';
import { loadActor } from '@/lib/auth/actor';
import type { Actor } from '@/lib/server/context';
import { regenerateAll } from '@/lib/pricing/generate';
import { priceFor } from '@/lib/pricing/price-for';
import { ForbiddenError, NotFoundError } from '@/lib/server/errors';
import { runUseCase } from '@/lib/server/use-case';
import { getStorefrontProduct, listStorefront, storefrontContext } from './storefront';
import { chooseOrigin, serveCustomer } from './storefront-use-cases';

let db: Db;
let drop: () => Promise<void>;
const actor = async (email: string): Promise<Actor> => (await loadActor(db, (await db.select().from(users).where(eq(users.email, email)))[0]!.id))!;
const channelId = async (code: string) => (await db.select().from(channels).where(eq(channels.code, code)))[0]!.id;
const customerId = async (name: string) => (await db.select().from(customers).where(eq(customers.name, name)))[0]!.id;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await seedDemo(db, () => {});
});
afterAll(() => drop());

describe('storefront', () => {
  it('prices a R$ 100,00 product exactly, in every branch of the resolution chain', async () => {
    const [product] = await db.insert(products).values({ reference: 'PRECO-100', name: 'Peça de preço conhecido', basePriceCents: 10_000 }).returning();
    await regenerateAll(db);
    const rs = await channelId('RS-MATRIZ');
    const sp = await channelId('SP-FILIAL');
    const priceOf = async (name: string, channel: string) => (await priceFor(db, { customerId: await customerId(name), channelId: channel }, [product!.id])).prices.get(product!.id)?.priceCents ?? null;
    // Group "Atacado Sul – SC" (factor 1,00, ,90 endings), RS ≫ SC +12 %: 112,00 → 112,90.
    expect(await priceOf('Boutique Aurora Ltda', rs)).toBe(11290);
    // Own scenario "Revenda Premium" (1,15), RS ≫ RS +17 %: 134,55 → 134,90; from SP, +12 %: 128,80 → 128,90.
    expect(await priceOf('Moda Bella Confecções ME', rs)).toBe(13490);
    expect(await priceOf('Moda Bella Confecções ME', sp)).toBe(12890);
    // Company size EPP → "Atacado Sul", RS ≫ SP +12 %: 112,90.
    expect(await priceOf('Casa Vitória Modas', rs)).toBe(11290);
    // Use-type default (indústria → "Revenda Premium"), RS ≫ MG +12 %: 128,90.
    expect(await priceOf('Armazém Minas Vestuário', rs)).toBe(12890);
    // No scenario at all: no price.
    expect(await priceOf('Lojas Sertão Fashion', rs)).toBeNull();

    // The storefront shows the same prices, to the shop and to its representative serving it.
    const aurora = await actor('lojista@venda.local');
    const rep = await actor('representante@venda.local');
    await runUseCase({ db, actor: aurora }, chooseOrigin, { channelId: rs });
    await runUseCase({ db, actor: rep }, chooseOrigin, { channelId: rs });
    await runUseCase({ db, actor: rep }, serveCustomer, { customerId: await customerId('Boutique Aurora Ltda') });
    for (const who of [aurora, rep]) {
      const ctx = await storefrontContext(db, who);
      expect((await listStorefront(db, ctx, { q: 'PRECO-100' })).map((p) => p.priceCents)).toEqual([11290]);
      expect((await getStorefrontProduct(db, ctx, product!.id)).price).toEqual({ priceCents: 11290, overridden: false });
    }
    const bella = await actor('bella@venda.local');
    await runUseCase({ db, actor: bella }, chooseOrigin, { channelId: sp });
    expect((await listStorefront(db, await storefrontContext(db, bella), { q: 'PRECO-100', min: 12890, max: 12890 })).map((p) => p.priceCents)).toEqual([12890]);
    expect(await listStorefront(db, await storefrontContext(db, bella), { q: 'PRECO-100', max: 12889 })).toEqual([]);
    // Leave the other tests the demo as seeded.
    await db.delete(products).where(eq(products.id, product!.id));
    await db.update(users).set({ servingCustomerId: null, channelId: null }).where(eq(users.id, rep.userId));
  });

  it('a shop sees its own prices, and changing the origin reprices', async () => {
    const bella = await actor('bella@venda.local');
    await runUseCase({ db, actor: bella }, chooseOrigin, { channelId: await channelId('RS-MATRIZ') });
    const fromRs = await listStorefront(db, await storefrontContext(db, bella), {});
    await runUseCase({ db, actor: bella }, chooseOrigin, { channelId: await channelId('SP-FILIAL') });
    const ctxSp = await storefrontContext(db, bella);
    const fromSp = await listStorefront(db, ctxSp, {});
    expect(ctxSp.pricing).toMatchObject({ destUf: 'RS', originUf: 'SP', adjustmentBps: 1200 });
    expect(fromRs[0]!.priceCents).not.toBe(fromSp[0]!.priceCents);
    expect(fromRs[0]!.priceCents!).toBeGreaterThan(fromSp[0]!.priceCents!);
  });

  it('two shops in different states see different prices for the same product', async () => {
    const aurora = await actor('lojista@venda.local');
    const bella = await actor('bella@venda.local');
    const a = await listStorefront(db, await storefrontContext(db, aurora), {});
    const b = await listStorefront(db, await storefrontContext(db, bella), {});
    expect(a[0]!.id).toBe(b[0]!.id);
    expect(a[0]!.priceCents).not.toBe(b[0]!.priceCents);
  });

  it('a representative sees exactly the served customer prices, and cannot serve outside the portfolio', async () => {
    const rep = await actor('representante@venda.local');
    const aurora = await actor('lojista@venda.local');
    await runUseCase({ db, actor: aurora }, chooseOrigin, { channelId: await channelId('MG-FILIAL') });
    await runUseCase({ db, actor: rep }, chooseOrigin, { channelId: await channelId('MG-FILIAL') });
    expect((await storefrontContext(db, rep)).customer).toBeNull();
    expect((await runUseCase({ db, actor: rep }, serveCustomer, { customerId: await customerId('Boutique Aurora Ltda') })).ok).toBe(true);
    const asRep = await listStorefront(db, await storefrontContext(db, rep), {});
    const asShop = await listStorefront(db, await storefrontContext(db, aurora), {});
    expect(asRep.map((p) => p.priceCents)).toEqual(asShop.map((p) => p.priceCents));

    const foreign = await customerId('Estilo Carioca Comércio de Roupas');
    expect(await runUseCase({ db, actor: rep }, serveCustomer, { customerId: foreign })).toMatchObject({ ok: false, fieldErrors: { customerId: ['storefront.notInPortfolio'] } });
    // Even if it were stored, a customer outside the portfolio is ignored.
    await db.update(users).set({ servingCustomerId: foreign }).where(eq(users.id, rep.userId));
    expect((await storefrontContext(db, rep)).customer).toBeNull();
  });

  it('a customer with no scenario sees no prices', async () => {
    const rep = await actor('joao.pereira@venda.local');
    expect((await runUseCase({ db, actor: rep }, serveCustomer, { customerId: await customerId('Lojas Sertão Fashion') })).ok).toBe(true);
    const ctx = await storefrontContext(db, rep);
    expect(ctx.pricing).toMatchObject({ source: 'none', listId: null });
    expect((await listStorefront(db, ctx, {})).every((p) => p.priceCents === null)).toBe(true);
  });

  it('shows the stock grid of the chosen origin and answers 404 for unknown products', async () => {
    const bella = await actor('bella@venda.local');
    const ctx = await storefrontContext(db, bella);
    const [first] = await listStorefront(db, ctx, {});
    const product = await getStorefrontProduct(db, ctx, first!.id);
    expect(product.variants.length).toBeGreaterThan(0);
    expect(product.variants.reduce((s, v) => s + v.available, 0)).toBe(first!.available);
    await expect(getStorefrontProduct(db, ctx, '00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(NotFoundError);
  });

  it.each(['financeiro@venda.local', 'usuario@venda.local', 'comercial@venda.local'])('is closed to %s', async (email) => {
    await expect(storefrontContext(db, await actor(email))).rejects.toBeInstanceOf(ForbiddenError);
  });
});
