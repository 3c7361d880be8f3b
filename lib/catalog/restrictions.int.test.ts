import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { customerGroups, customers, products, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { createTestDatabase } from '@/db/testing/test-db';
import { loadActor } from '@/lib/auth/actor';
import type { Actor } from '@/lib/server/context';
import { NotFoundError } from '@/lib/server/errors';
import { runUseCase } from '@/lib/server/use-case';
import { addRestriction, removeRestriction } from './restriction-use-cases';
import { assertProductAllowed } from './restrictions';
import { getStorefrontProduct, listStorefront, storefrontContext } from './storefront';

let db: Db;
let drop: () => Promise<void>;
const actor = async (email: string): Promise<Actor> => (await loadActor(db, (await db.select().from(users).where(eq(users.email, email)))[0]!.id))!;
const productId = async (name: string) => (await db.select().from(products).where(eq(products.name, name)))[0]!.id;
const names = async (a: Actor) => (await listStorefront(db, await storefrontContext(db, a), {})).map((p) => p.name);

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await seedDemo(db, () => {});
});
afterAll(() => drop());

describe('product restrictions', () => {
  it('the seeded UF restriction hides a product from SC shops only: absent from the list, 404 by URL, refused for orders', async () => {
    const aurora = await actor('lojista@venda.local');
    const bella = await actor('bella@venda.local');
    const hidden = await productId('Vestido Tomara que Caia');
    expect(await names(aurora)).not.toContain('Vestido Tomara que Caia');
    expect(await names(bella)).toContain('Vestido Tomara que Caia');
    await expect(getStorefrontProduct(db, await storefrontContext(db, aurora), hidden)).rejects.toBeInstanceOf(NotFoundError);
    await expect(assertProductAllowed(db, aurora.customerId!, hidden)).rejects.toBeInstanceOf(NotFoundError);
    await expect(assertProductAllowed(db, bella.customerId!, hidden)).resolves.toBeUndefined();
  });

  it('hides a category from a group, and a collection from a company size; removing restores it', async () => {
    const comercial = await actor('comercial@venda.local');
    const aurora = await actor('lojista@venda.local');
    const [group] = await db.select().from(customerGroups).where(eq(customerGroups.name, 'Atacado Sul – SC'));
    const r = await runUseCase({ db, actor: comercial }, addRestriction, { targetKind: 'category', targetValue: 'Jaqueta', audienceKind: 'group', audienceValue: group!.id });
    expect(r.ok).toBe(true);
    expect((await names(aurora)).some((n) => n.startsWith('Jaqueta'))).toBe(false);
    expect((await names(await actor('bella@venda.local'))).some((n) => n.startsWith('Jaqueta'))).toBe(true);

    const [auroraRecord] = await db.select().from(customers).where(eq(customers.id, aurora.customerId!));
    const bySize = await runUseCase({ db, actor: comercial }, addRestriction, { targetKind: 'collection', targetValue: 'Inverno 2026', audienceKind: 'size', audienceValue: auroraRecord!.companySize! });
    expect(bySize.ok).toBe(true);
    const visible = await listStorefront(db, await storefrontContext(db, aurora), {});
    expect(visible.some((p) => p.collection === 'Inverno 2026')).toBe(false);

    await runUseCase({ db, actor: comercial }, removeRestriction, { id: r.ok ? r.data.id : '' });
    await runUseCase({ db, actor: comercial }, removeRestriction, { id: bySize.ok ? bySize.data.id : '' });
    expect((await names(aurora)).some((n) => n.startsWith('Jaqueta'))).toBe(true);
  });

  it('refuses unknown targets and audiences, and duplicates', async () => {
    const comercial = await actor('comercial@venda.local');
    expect(await runUseCase({ db, actor: comercial }, addRestriction, { targetKind: 'category', targetValue: 'Nada', audienceKind: 'uf', audienceValue: 'SC' })).toMatchObject({ ok: false, fieldErrors: { targetValue: ['validation.invalidOption'] } });
    expect(await runUseCase({ db, actor: comercial }, addRestriction, { targetKind: 'category', targetValue: 'Saia', audienceKind: 'uf', audienceValue: 'XX' })).toMatchObject({ ok: false, fieldErrors: { audienceValue: ['validation.invalidOption'] } });
    const hidden = await productId('Vestido Tomara que Caia');
    expect(await runUseCase({ db, actor: comercial }, addRestriction, { targetKind: 'product', targetValue: hidden, audienceKind: 'uf', audienceValue: 'SC' })).toMatchObject({ ok: false, error: 'catalog.restrictions.exists' });
  });

  it.each(['representante@venda.local', 'lojista@venda.local', 'financeiro@venda.local', 'usuario@venda.local'])('is closed to %s', async (email) => {
    expect(await runUseCase({ db, actor: await actor(email) }, addRestriction, { targetKind: 'category', targetValue: 'Saia', audienceKind: 'uf', audienceValue: 'SP' })).toMatchObject({ ok: false, error: 'errors.forbidden' });
  });
});
