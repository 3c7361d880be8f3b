import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { customers } from '@/db/schema';
import { makeChannel, makeProduct } from '@/db/testing/catalog-fixtures';
import { makeCustomer, makeShop, makeUser } from '@/db/testing/fixtures';
import { giveOwnScenario, makeScenario, putInGroup } from '@/db/testing/pricing-fixtures';
import { actorOf, must, shopLogin, staffActor } from '@/db/testing/staff';
import { createTestDatabase } from '@/db/testing/test-db';
import type { Actor } from '@/lib/server/context';
import { NotFoundError } from '@/lib/server/errors';
import { runUseCase } from '@/lib/server/use-case';
import { addRestriction, removeRestriction } from './restriction-use-cases';
import { assertProductAllowed } from './restrictions';
import { getStorefrontProduct, storefrontContext } from './storefront';
import { listStorefront } from './storefront-list';

let db: Db;
let drop: () => Promise<void>;
/** Aurora: a shop in SC, in the group "Atacado Sul – SC", of company size ME; Bella: a shop in RS with its own scenario. */
let A: Record<'aurora' | 'bella' | 'comercial' | 'representante' | 'lojista' | 'financeiro' | 'usuario', Actor>;
let scGroupId: string;
/** The dress restricted to SC shops. */
let hidden: string;
const names = async (a: Actor) => (await listStorefront(db, await storefrontContext(db, a), {})).items.map((p) => p.name);

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  const channel = await makeChannel(db, { uf: 'RS' });
  const product = (name: string, category: string, collection: string) => makeProduct(db, { name, category, collection, locations: [channel.locationId], stock: 5 });
  hidden = (await product('Vestido Tomara que Caia', 'Vestido', 'Verão 2027')).product.id;
  await product('Vestido Midi Floral', 'Vestido', 'Essenciais');
  await product('Jaqueta Jeans Oversized', 'Jaqueta', 'Verão 2027');
  await product('Jaqueta Bomber Cetim', 'Jaqueta', 'Essenciais');
  await product('Saia Midi Plissada', 'Saia', 'Inverno 2026');
  await product('Blusa Tricô Leve', 'Blusa', 'Inverno 2026');
  const atacado = await makeScenario(db, { name: 'Atacado Sul' });
  const premium = await makeScenario(db, { name: 'Revenda Premium', factorBps: 11_500 });

  const rep = await makeUser(db, 'representante');
  const aurora = await makeCustomer(db, { uf: 'SC', companySize: 'me', representativeId: rep.id });
  scGroupId = (await putInGroup(db, aurora.id, atacado.id)).id;
  const bella = await makeCustomer(db, { uf: 'RS', representativeId: rep.id });
  await giveOwnScenario(db, bella.id, premium.id);
  const comercial = await staffActor(db, 'comercial');
  // A restriction to explore, as the catalog screen adds it: this dress is not sold to shops in Santa Catarina.
  must('catalog.restrict', await runUseCase({ db, actor: comercial }, addRestriction, { targetKind: 'product', targetValue: hidden, audienceKind: 'uf', audienceValue: 'SC' }));
  const auroraLogin = await shopLogin(db, aurora.id);
  A = {
    aurora: auroraLogin,
    bella: await shopLogin(db, bella.id),
    comercial,
    representante: await actorOf(db, rep.id),
    lojista: auroraLogin,
    financeiro: await staffActor(db, 'financeiro'),
    usuario: await actorOf(db, (await makeUser(db, 'usuario', { shopId: (await makeShop(db, aurora.id)).id })).id),
  };
});
afterAll(() => drop());

describe('product restrictions', () => {
  it('a UF restriction hides a product from SC shops only: absent from the list, 404 by URL, refused for orders', async () => {
    const { aurora, bella } = A;
    expect(await names(aurora)).not.toContain('Vestido Tomara que Caia');
    expect(await names(bella)).toContain('Vestido Tomara que Caia');
    await expect(getStorefrontProduct(db, await storefrontContext(db, aurora), hidden)).rejects.toBeInstanceOf(NotFoundError);
    await expect(assertProductAllowed(db, aurora.customerId!, hidden)).rejects.toBeInstanceOf(NotFoundError);
    await expect(assertProductAllowed(db, bella.customerId!, hidden)).resolves.toBeUndefined();
  });

  it('hides a category from a group, and a collection from a company size; removing restores it', async () => {
    const { comercial, aurora } = A;
    const r = await runUseCase({ db, actor: comercial }, addRestriction, { targetKind: 'category', targetValue: 'Jaqueta', audienceKind: 'group', audienceValue: scGroupId });
    expect(r.ok).toBe(true);
    expect((await names(aurora)).some((n) => n.startsWith('Jaqueta'))).toBe(false);
    expect((await names(A.bella)).some((n) => n.startsWith('Jaqueta'))).toBe(true);

    const [auroraRecord] = await db.select().from(customers).where(eq(customers.id, aurora.customerId!));
    const bySize = await runUseCase({ db, actor: comercial }, addRestriction, {
      targetKind: 'collection',
      targetValue: 'Inverno 2026',
      audienceKind: 'size',
      audienceValue: auroraRecord!.companySize!,
    });
    expect(bySize.ok).toBe(true);
    const visible = (await listStorefront(db, await storefrontContext(db, aurora), {})).items;
    expect(visible.some((p) => p.collection === 'Inverno 2026')).toBe(false);

    await runUseCase({ db, actor: comercial }, removeRestriction, { id: r.ok ? r.data.id : '' });
    await runUseCase({ db, actor: comercial }, removeRestriction, { id: bySize.ok ? bySize.data.id : '' });
    expect((await names(aurora)).some((n) => n.startsWith('Jaqueta'))).toBe(true);
  });

  it('refuses unknown targets and audiences, and duplicates', async () => {
    const { comercial } = A;
    expect(await runUseCase({ db, actor: comercial }, addRestriction, { targetKind: 'category', targetValue: 'Nada', audienceKind: 'uf', audienceValue: 'SC' })).toMatchObject({
      ok: false,
      fieldErrors: { targetValue: ['validation.invalidOption'] },
    });
    expect(await runUseCase({ db, actor: comercial }, addRestriction, { targetKind: 'category', targetValue: 'Saia', audienceKind: 'uf', audienceValue: 'XX' })).toMatchObject({
      ok: false,
      fieldErrors: { audienceValue: ['validation.invalidOption'] },
    });
    expect(await runUseCase({ db, actor: comercial }, addRestriction, { targetKind: 'product', targetValue: hidden, audienceKind: 'uf', audienceValue: 'SC' })).toMatchObject({
      ok: false,
      error: 'catalog.restrictions.exists',
    });
  });

  it.each(['representante', 'lojista', 'financeiro', 'usuario'] as const)('is closed to %s', async (role) => {
    expect(await runUseCase({ db, actor: A[role] }, addRestriction, { targetKind: 'category', targetValue: 'Saia', audienceKind: 'uf', audienceValue: 'SP' })).toMatchObject({
      ok: false,
      error: 'errors.forbidden',
    });
  });
});
