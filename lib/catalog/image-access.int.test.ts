import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { productImages, products, shopProducts } from '@/db/schema';
import { makeChannel, makeProduct } from '@/db/testing/catalog-fixtures';
import { makeActors, makeCustomer, makeUser } from '@/db/testing/fixtures';
import { createTestDatabase } from '@/db/testing/test-db';
import { loadActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import type { Role } from '@/lib/auth/roles';
import type { Actor } from '@/lib/server/context';
import { runUseCase } from '@/lib/server/use-case';
import { productImageFor } from './image-access';
import { addRestriction } from './restriction-use-cases';

let db: Db;
let drop: () => Promise<void>;
let actors: Record<Role, Actor>;
let otherShop: Actor;
let imageOf: (productId: string) => Promise<string>;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  actors = await makeActors(db);
  otherShop = (await loadActor(db, (await makeUser(db, 'lojista', { customerId: (await makeCustomer(db)).id })).id))!;
  await makeChannel(db);
  imageOf = async (productId) => {
    const [image] = await db.insert(productImages).values({ productId, storageKey: `${productId}.jpg`, contentType: 'image/jpeg', sizeBytes: 10 }).returning();
    return image!.id;
  };
});
afterAll(() => drop());

describe('product images follow their product', () => {
  it('a shop gets no image of a product restricted for it, while another shop and the catalog team do', async () => {
    const { product } = await makeProduct(db);
    const image = await imageOf(product.id);
    const restricted = await runUseCase({ db, actor: actors.comercial }, addRestriction, { targetKind: 'product', targetValue: product.id, audienceKind: 'customer', audienceValue: actors.lojista.customerId! });
    expect(restricted.ok).toBe(true);
    expect(await productImageFor(db, actors.lojista, image)).toBeNull();
    expect(await productImageFor(db, otherShop, image)).toMatchObject({ contentType: 'image/jpeg' });
    expect(await productImageFor(db, actors.comercial, image)).toMatchObject({ storageKey: `${product.id}.jpg` });
  });

  it('an inactive product shows its images to the catalog team only; a malformed id finds nothing', async () => {
    const { product } = await makeProduct(db);
    const image = await imageOf(product.id);
    await db.update(products).set({ active: false }).where(eq(products.id, product.id));
    expect(await productImageFor(db, otherShop, image)).toBeNull();
    expect(await productImageFor(db, actors.admin, image)).not.toBeNull();
    expect(await productImageFor(db, actors.lojista, 'x')).toBeNull();
  });

  it('finance may not fetch product images at all (the route answers 403); a clerk only those of what its shop sells', async () => {
    expect((['financeiro', 'usuario'] as const).map((r) => can(r, 'catalog.images'))).toEqual([false, true]);
    const sold = await makeProduct(db);
    const notSold = await makeProduct(db);
    await db.insert(shopProducts).values({ shopId: actors.usuario.shopId!, productId: sold.product.id, costCents: 1000 });
    expect(await productImageFor(db, actors.usuario, await imageOf(sold.product.id))).toMatchObject({ contentType: 'image/jpeg' });
    expect(await productImageFor(db, actors.usuario, await imageOf(notSold.product.id))).toBeNull();
    expect((['admin', 'comercial', 'representante', 'lojista'] as const).every((r) => can(r, 'catalog.images'))).toBe(true);
  });
});
