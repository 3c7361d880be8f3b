import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { channels, priceLists, productPacks, products, productVariants, stockLevels, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { createTestDatabase } from '@/db/testing/test-db';
import { loadActor } from '@/lib/auth/actor';
import type { Actor } from '@/lib/server/context';
import { runUseCase } from '@/lib/server/use-case';
import { addPack, createChannel } from './pack-channel-use-cases';
import { storefrontContext } from './storefront';
import { levelsAtChannel } from '@/lib/stock/queries';

let db: Db;
let drop: () => Promise<void>;
const actor = async (email: string): Promise<Actor> => (await loadActor(db, (await db.select().from(users).where(eq(users.email, email)))[0]!.id))!;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await seedDemo(db, () => {});
});
afterAll(() => drop());

describe('packs and channels', () => {
  it('adds a pack only with sizes the product has', async () => {
    const comercial = await actor('comercial@venda.local');
    const [p] = await db.select().from(products).where(eq(products.name, 'Blusa Bata Bordada'));
    const r = await runUseCase({ db, actor: comercial }, addPack, { productId: p!.id, name: 'Grade 6', quantities: '1 P, 2 M, 2 G, 1 GG' });
    expect(r.ok).toBe(true);
    const [pack] = await db.select().from(productPacks).where(eq(productPacks.id, r.ok ? r.data.id : ''));
    expect(pack!.quantities).toEqual({ P: 1, M: 2, G: 2, GG: 1 });
    expect(await runUseCase({ db, actor: comercial }, addPack, { productId: p!.id, name: 'Numérica', quantities: '2 38' })).toMatchObject({ ok: false, fieldErrors: { quantities: ['validation.packSizes'] } });
    expect(await runUseCase({ db, actor: await actor('representante@venda.local') }, addPack, { productId: p!.id, name: 'X', quantities: '1 P' })).toMatchObject({ ok: false, error: 'errors.forbidden' });
  });

  it('a new channel gets stock rows, price lists in every scenario, and appears as an origin', async () => {
    const comercial = await actor('comercial@venda.local');
    const r = await runUseCase({ db, actor: comercial }, createChannel, { code: 'pe-filial', name: 'Filial Recife', uf: 'PE' });
    expect(r.ok).toBe(true);
    const id = r.ok ? r.data.id : '';
    expect(await db.$count(priceLists, eq(priceLists.channelId, id))).toBe(54);
    expect(await db.$count(stockLevels, levelsAtChannel(id))).toBe(await db.$count(productVariants));
    const [row] = await db.select().from(channels).where(eq(channels.id, id));
    expect(row!.code).toBe('PE-FILIAL');
    const ctx = await storefrontContext(db, await actor('lojista@venda.local'));
    expect(ctx.channels.map((c) => c.code)).toContain('PE-FILIAL');
    expect(await runUseCase({ db, actor: comercial }, createChannel, { code: 'PE-FILIAL', name: 'Outra', uf: 'PE' })).toMatchObject({ ok: false, fieldErrors: { code: ['validation.channelTaken'] } });
  });
});
