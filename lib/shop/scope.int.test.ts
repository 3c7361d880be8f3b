import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { shops, stockLocations } from '@/db/schema';
import { makeShopLocation } from '@/db/testing/catalog-fixtures';
import { makeActors, makeCustomer, makeShop } from '@/db/testing/fixtures';
import { createTestDatabase } from '@/db/testing/test-db';
import { ROLES, type Role } from '@/lib/auth/roles';
import type { Actor } from '@/lib/server/context';
import { NotFoundError } from '@/lib/server/errors';
import { findInScope } from '@/lib/server/find-in-scope';
import { shopRecordScope, shopScope } from './scope';

let db: Db;
let drop: () => Promise<void>;
let actors: Record<Role, Actor>;
let own: { shopId: string; locationId: string };
let other: { shopId: string; locationId: string };

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  actors = await makeActors(db);
  const [ownShop] = await db.select().from(shops).where(eq(shops.customerId, actors.lojista.customerId!));
  own = { shopId: ownShop!.id, locationId: await makeShopLocation(db, ownShop!.id) };
  const otherShop = await makeShop(db, (await makeCustomer(db)).id);
  other = { shopId: otherShop.id, locationId: await makeShopLocation(db, otherShop.id) };
});
afterAll(() => drop());

const visibleLocations = async (actor: Actor) =>
  (await db.select({ id: stockLocations.id }).from(stockLocations).where(and(eq(stockLocations.kind, 'shop'), shopRecordScope(actor, stockLocations.shopId)))).map((r) => r.id).sort();

describe('shop scope', () => {
  it('a shop owner and its clerk see their shop and its records; staff all; nobody else any', async () => {
    const expected: Record<Role, string[]> = {
      admin: [own.locationId, other.locationId].sort(),
      comercial: [own.locationId, other.locationId].sort(),
      lojista: [own.locationId],
      usuario: [own.locationId],
      representante: [],
      financeiro: [],
    } satisfies Record<Role, string[]>;
    for (const role of ROLES) expect(await visibleLocations(actors[role]), role).toEqual(expected[role]);
    expect((await db.select({ id: shops.id }).from(shops).where(shopScope(actors.usuario))).map((s) => s.id)).toEqual([own.shopId]);
  });

  it('findInScope answers "not found" for another shop\'s record or a malformed id, and finds its own', async () => {
    const { lojista, usuario } = actors;
    await expect(db.transaction((tx) => findInScope(tx, stockLocations, other.locationId, shopRecordScope(lojista, stockLocations.shopId)))).rejects.toBeInstanceOf(NotFoundError);
    await expect(findInScope(db, stockLocations, 'not-a-uuid', shopRecordScope(lojista, stockLocations.shopId), { lock: false })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.transaction((tx) => findInScope(tx, stockLocations, own.locationId, shopRecordScope(usuario, stockLocations.shopId)))).shopId).toBe(own.shopId);
  });

  it('an actor missing its link (no shop, no customer record) sees nothing rather than everything', async () => {
    expect(await visibleLocations({ ...actors.usuario, shopId: null })).toEqual([]);
    expect(await visibleLocations({ ...actors.lojista, customerId: null })).toEqual([]);
  });
});
