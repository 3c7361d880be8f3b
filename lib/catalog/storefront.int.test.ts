import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { products, users } from '@/db/schema';
import { makeChannel, makeProduct } from '@/db/testing/catalog-fixtures';
import { makeCustomer, makeShop, makeUser } from '@/db/testing/fixtures';
import { giveOwnScenario, makeScenario, putInGroup, setUfAdjustment } from '@/db/testing/pricing-fixtures';
import { actorOf, must, shopLogin, staffActor } from '@/db/testing/staff';
import { createTestDatabase } from '@/db/testing/test-db';
import type { Actor } from '@/lib/server/context';
import { regenerateAll } from '@/lib/pricing/generate';
import { priceFor } from '@/lib/pricing/price-for';
import { setAdvancedPricing } from '@/lib/pricing/use-cases';
import { ForbiddenError, NotFoundError } from '@/lib/server/errors';
import { runUseCase } from '@/lib/server/use-case';
import { getStorefrontProduct, storefrontContext } from './storefront';
import { listStorefront } from './storefront-list';
import { chooseOrigin, serveCustomer } from './storefront-use-cases';

let db: Db;
let drop: () => Promise<void>;
/** The three origins. */
let rs: string;
let sp: string;
let mg: string;
/** One customer per branch of the price resolution, plus one outside the representative's portfolio. */
let C: Record<'aurora' | 'bella' | 'vitoria' | 'minas' | 'sertao' | 'foreign', { id: string }>;
/** Aurora's and Bella's shop logins, Aurora's and Sertão's representatives, and the roles the storefront is closed to. */
let A: Record<'aurora' | 'bella' | 'rep' | 'otherRep' | 'financeiro' | 'usuario' | 'comercial', Actor>;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  const channels = [await makeChannel(db, { uf: 'RS' }), await makeChannel(db, { uf: 'SP' }), await makeChannel(db, { uf: 'MG' })];
  [rs, sp, mg] = channels.map((c) => c.id) as [string, string, string];
  for (const basePriceCents of [8_990, 15_990, 24_990]) await makeProduct(db, { basePriceCents, locations: channels.map((c) => c.locationId), stock: 10 });
  // The adjustments the prices below are computed with (the ICMS defaults, set explicitly): before the
  // scenarios, so that generating them prices with these.
  for (const [origin, dest, percent] of [
    ['RS', 'SC', 12],
    ['RS', 'RS', 17],
    ['SP', 'RS', 12],
    ['RS', 'SP', 12],
    ['RS', 'MG', 12],
  ] as const)
    await setUfAdjustment(db, origin, dest, percent);
  const atacado = await makeScenario(db, { name: 'Atacado Sul', rounding: 'end90' });
  const premium = await makeScenario(db, { name: 'Revenda Premium', factorBps: 11_500, rounding: 'end90' });

  const rep = await makeUser(db, 'representante');
  const otherRep = await makeUser(db, 'representante');
  const thirdRep = await makeUser(db, 'representante');
  C = {
    aurora: await makeCustomer(db, { uf: 'SC', representativeId: rep.id }), // via group (Atacado Sul – SC)
    bella: await makeCustomer(db, { uf: 'RS', representativeId: rep.id }), // own scenario (Revenda Premium)
    vitoria: await makeCustomer(db, { uf: 'SP', companySize: 'epp', representativeId: thirdRep.id }), // company size EPP → Atacado Sul
    minas: await makeCustomer(db, { uf: 'MG', useType: 'industria', representativeId: otherRep.id }), // use-type default indústria → Revenda Premium
    sertao: await makeCustomer(db, { uf: 'BA', companySize: 'grande', representativeId: otherRep.id }), // none: no price
    foreign: await makeCustomer(db, { uf: 'RJ', representativeId: thirdRep.id }), // outside rep's portfolio
  };
  await putInGroup(db, C.aurora.id, atacado.id);
  await giveOwnScenario(db, C.bella.id, premium.id);
  must('pricing.advanced', await runUseCase({ db, actor: await staffActor(db, 'comercial') }, setAdvancedPricing, { sizes: { epp: atacado.id }, useTypes: { industria: premium.id } }));
  const auroraShop = await makeShop(db, C.aurora.id);
  A = {
    aurora: await shopLogin(db, C.aurora.id),
    bella: await shopLogin(db, C.bella.id),
    rep: await actorOf(db, rep.id),
    otherRep: await actorOf(db, otherRep.id),
    financeiro: await staffActor(db, 'financeiro'),
    usuario: await actorOf(db, (await makeUser(db, 'usuario', { shopId: auroraShop.id })).id),
    comercial: await staffActor(db, 'comercial'),
  };
});
afterAll(() => drop());

describe('storefront', () => {
  it('prices a R$ 100,00 product exactly, in every branch of the resolution chain', async () => {
    const { product } = await makeProduct(db, { name: 'Peça de preço conhecido', basePriceCents: 10_000 });
    await regenerateAll(db);
    const priceOf = async (customer: { id: string }, channel: string) => (await priceFor(db, { customerId: customer.id, channelId: channel }, [product.id])).prices.get(product.id)?.priceCents ?? null;
    // Group "Atacado Sul – SC" (factor 1,00, ,90 endings), RS ≫ SC +12 %: 112,00 → 112,90.
    expect(await priceOf(C.aurora, rs)).toBe(11290);
    // Own scenario "Revenda Premium" (1,15), RS ≫ RS +17 %: 134,55 → 134,90; from SP, +12 %: 128,80 → 128,90.
    expect(await priceOf(C.bella, rs)).toBe(13490);
    expect(await priceOf(C.bella, sp)).toBe(12890);
    // Company size EPP → "Atacado Sul", RS ≫ SP +12 %: 112,90.
    expect(await priceOf(C.vitoria, rs)).toBe(11290);
    // Use-type default (indústria → "Revenda Premium"), RS ≫ MG +12 %: 128,90.
    expect(await priceOf(C.minas, rs)).toBe(12890);
    // No scenario at all: no price.
    expect(await priceOf(C.sertao, rs)).toBeNull();

    // The storefront shows the same prices, to the shop and to its representative serving it.
    const { aurora, rep, bella } = A;
    await runUseCase({ db, actor: aurora }, chooseOrigin, { channelId: rs });
    await runUseCase({ db, actor: rep }, chooseOrigin, { channelId: rs });
    await runUseCase({ db, actor: rep }, serveCustomer, { customerId: C.aurora.id });
    for (const who of [aurora, rep]) {
      const ctx = await storefrontContext(db, who);
      expect((await listStorefront(db, ctx, { q: product.reference })).items.map((p) => p.priceCents)).toEqual([11290]);
      expect((await getStorefrontProduct(db, ctx, product.id)).price).toEqual({ priceCents: 11290, overridden: false });
    }
    await runUseCase({ db, actor: bella }, chooseOrigin, { channelId: sp });
    expect((await listStorefront(db, await storefrontContext(db, bella), { q: product.reference, min: 12890, max: 12890 })).items.map((p) => p.priceCents)).toEqual([12890]);
    expect((await listStorefront(db, await storefrontContext(db, bella), { q: product.reference, max: 12889 })).items).toEqual([]);
    // Leave the other tests the catalog and the representative as built.
    await db.delete(products).where(eq(products.id, product.id));
    await db.update(users).set({ servingCustomerId: null, channelId: null }).where(eq(users.id, rep.userId));
  });

  it('a shop sees its own prices, and changing the origin reprices', async () => {
    const { bella } = A;
    await runUseCase({ db, actor: bella }, chooseOrigin, { channelId: rs });
    const fromRs = (await listStorefront(db, await storefrontContext(db, bella), {})).items;
    await runUseCase({ db, actor: bella }, chooseOrigin, { channelId: sp });
    const ctxSp = await storefrontContext(db, bella);
    const fromSp = (await listStorefront(db, ctxSp, {})).items;
    expect(ctxSp.pricing).toMatchObject({ destUf: 'RS', originUf: 'SP', adjustmentBps: 1200 });
    expect(fromRs[0]!.priceCents).not.toBe(fromSp[0]!.priceCents);
    expect(fromRs[0]!.priceCents!).toBeGreaterThan(fromSp[0]!.priceCents!);
  });

  it('two shops in different states see different prices for the same product', async () => {
    const { aurora, bella } = A;
    const a = (await listStorefront(db, await storefrontContext(db, aurora), {})).items;
    const b = (await listStorefront(db, await storefrontContext(db, bella), {})).items;
    expect(a[0]!.id).toBe(b[0]!.id);
    expect(a[0]!.priceCents).not.toBe(b[0]!.priceCents);
  });

  it('a representative sees exactly the served customer prices, and cannot serve outside the portfolio', async () => {
    const { rep, aurora } = A;
    await runUseCase({ db, actor: aurora }, chooseOrigin, { channelId: mg });
    await runUseCase({ db, actor: rep }, chooseOrigin, { channelId: mg });
    expect((await storefrontContext(db, rep)).customer).toBeNull();
    expect((await runUseCase({ db, actor: rep }, serveCustomer, { customerId: C.aurora.id })).ok).toBe(true);
    const asRep = (await listStorefront(db, await storefrontContext(db, rep), {})).items;
    const asShop = (await listStorefront(db, await storefrontContext(db, aurora), {})).items;
    expect(asRep.map((p) => p.priceCents)).toEqual(asShop.map((p) => p.priceCents));

    const foreign = C.foreign.id;
    expect(await runUseCase({ db, actor: rep }, serveCustomer, { customerId: foreign })).toMatchObject({ ok: false, fieldErrors: { customerId: ['storefront.notInPortfolio'] } });
    // Even if it were stored, a customer outside the portfolio is ignored.
    await db.update(users).set({ servingCustomerId: foreign }).where(eq(users.id, rep.userId));
    expect((await storefrontContext(db, rep)).customer).toBeNull();
  });

  it('a customer with no scenario sees no prices', async () => {
    const rep = A.otherRep;
    expect((await runUseCase({ db, actor: rep }, serveCustomer, { customerId: C.sertao.id })).ok).toBe(true);
    const ctx = await storefrontContext(db, rep);
    expect(ctx.pricing).toMatchObject({ source: 'none', listId: null });
    expect((await listStorefront(db, ctx, {})).items.every((p) => p.priceCents === null)).toBe(true);
  });

  it('shows the stock grid of the chosen origin and answers 404 for unknown products', async () => {
    const ctx = await storefrontContext(db, A.bella);
    const [first] = (await listStorefront(db, ctx, {})).items;
    const product = await getStorefrontProduct(db, ctx, first!.id);
    expect(product.variants.length).toBeGreaterThan(0);
    expect(product.variants.reduce((s, v) => s + v.available, 0)).toBe(first!.available);
    await expect(getStorefrontProduct(db, ctx, '00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(NotFoundError);
  });

  it.each(['financeiro', 'usuario', 'comercial'] as const)('is closed to %s', async (role) => {
    await expect(storefrontContext(db, A[role])).rejects.toBeInstanceOf(ForbiddenError);
  });
});
