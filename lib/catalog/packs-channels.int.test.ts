import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { channels, priceLists, productPacks, productVariants, stockLevels } from '@/db/schema';
import { makeChannel, makeProduct } from '@/db/testing/catalog-fixtures';
import { makeCustomer, makeUser } from '@/db/testing/fixtures';
import { makeScenario } from '@/db/testing/pricing-fixtures';
import { actorOf, shopLogin, staffActor } from '@/db/testing/staff';
import { createTestDatabase } from '@/db/testing/test-db';
import type { Actor } from '@/lib/server/context';
import { runUseCase } from '@/lib/server/use-case';
import { addPack, createChannel } from './pack-channel-use-cases';
import { storefrontContext } from './storefront';
import { levelsAtChannel } from '@/lib/stock/queries';

let db: Db;
let drop: () => Promise<void>;
/** A blouse in letter sizes (PP to GG). */
let blouse: { id: string };
let A: Record<'comercial' | 'representante' | 'lojista', Actor>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  // Two channels and two scenarios: a new channel adds 2 × 27 price lists, and stock rows for every variant.
  const origins = [await makeChannel(db, { uf: 'RS' }), await makeChannel(db, { uf: 'SP' })];
  const locations = origins.map((c) => c.locationId);
  blouse = (await makeProduct(db, { name: 'Blusa Bata Bordada', sizes: ['PP', 'P', 'M', 'G', 'GG'], colors: ['Preto', 'Off-white'], locations, stock: 6 })).product;
  await makeProduct(db, { sizes: ['36', '38', '40'], locations, stock: 4 });
  await makeScenario(db, { name: 'Atacado Sul' });
  await makeScenario(db, { name: 'Revenda Premium', factorBps: 11_500 });
  const rep = await makeUser(db, 'representante');
  const customer = await makeCustomer(db, { representativeId: rep.id });
  A = { comercial: await staffActor(db, 'comercial'), representante: await actorOf(db, rep.id), lojista: await shopLogin(db, customer.id) };
});
afterAll(() => drop());

describe('packs and channels', () => {
  it('adds a pack only with sizes the product has', async () => {
    const { comercial } = A;
    const p = blouse;
    const r = await runUseCase({ db, actor: comercial }, addPack, { productId: p.id, name: 'Grade 6', quantities: '1 P, 2 M, 2 G, 1 GG' });
    expect(r.ok).toBe(true);
    const [pack] = await db
      .select()
      .from(productPacks)
      .where(eq(productPacks.id, r.ok ? r.data.id : ''));
    expect(pack!.quantities).toEqual({ P: 1, M: 2, G: 2, GG: 1 });
    expect(await runUseCase({ db, actor: comercial }, addPack, { productId: p.id, name: 'Numérica', quantities: '2 38' })).toMatchObject({
      ok: false,
      fieldErrors: { quantities: ['validation.packSizes'] },
    });
    expect(await runUseCase({ db, actor: A.representante }, addPack, { productId: p.id, name: 'X', quantities: '1 P' })).toMatchObject({ ok: false, error: 'errors.forbidden' });
  });

  it('a new channel gets stock rows, price lists in every scenario, and appears as an origin', async () => {
    const { comercial } = A;
    const r = await runUseCase({ db, actor: comercial }, createChannel, { code: 'pe-filial', name: 'Filial Recife', uf: 'PE' });
    expect(r.ok).toBe(true);
    const id = r.ok ? r.data.id : '';
    expect(await db.$count(priceLists, eq(priceLists.channelId, id))).toBe(54);
    expect(await db.$count(stockLevels, levelsAtChannel(id))).toBe(await db.$count(productVariants));
    const [row] = await db.select().from(channels).where(eq(channels.id, id));
    expect(row!.code).toBe('PE-FILIAL');
    const ctx = await storefrontContext(db, A.lojista);
    expect(ctx.channels.map((c) => c.code)).toContain('PE-FILIAL');
    expect(await runUseCase({ db, actor: comercial }, createChannel, { code: 'PE-FILIAL', name: 'Outra', uf: 'PE' })).toMatchObject({ ok: false, fieldErrors: { code: ['validation.channelTaken'] } });
  });
});
