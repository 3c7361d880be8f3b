import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { makeActors, makeCustomer, makeShop, makeUser } from '@/db/testing/fixtures';
import { createTestDatabase } from '@/db/testing/test-db';
import { loadActor } from '@/lib/auth/actor';
import type { Role } from '@/lib/auth/roles';
import type { Actor } from '@/lib/server/context';
import { ForbiddenError } from '@/lib/server/errors';
import { listShopColleagues, listShopsInScope } from '@/lib/shop/queries';
import { countCustomersByUf, getOwnCustomer, listCustomersInScope } from './queries';

let db: Db;
let drop: () => Promise<void>;
let actors: Record<Role, Actor>;
let otherRep: Actor;
let otherShopOwner: Actor;
let otherCustomerId: string;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  actors = await makeActors(db);
  const rep2 = await makeUser(db, 'representante');
  otherRep = (await loadActor(db, rep2.id))!;
  const other = await makeCustomer(db, { name: 'Loja de Outro', uf: 'BA', representativeId: rep2.id });
  otherCustomerId = other.id;
  await makeShop(db, other.id, 'Loja B');
  otherShopOwner = (await loadActor(db, (await makeUser(db, 'lojista', { customerId: other.id })).id))!;
  await makeCustomer(db, { name: 'Sem representante', uf: 'AM' });
});
afterAll(() => drop());

describe('customer scope', () => {
  it('brand staff see every customer', async () => {
    for (const role of ['admin', 'comercial', 'financeiro'] as const) {
      expect((await listCustomersInScope(db, actors[role])).length).toBe(3);
    }
  });

  it('a representative sees only its portfolio', async () => {
    const mine = await listCustomersInScope(db, actors.representante);
    expect(mine).toHaveLength(1);
    expect(mine.map((c) => c.id)).not.toContain(otherCustomerId);
    expect((await listCustomersInScope(db, otherRep)).map((c) => c.id)).toEqual([otherCustomerId]);
    expect(await countCustomersByUf(db, actors.representante)).toEqual([{ uf: 'SC', total: 1, companies: 1, individuals: 0, blocked: 0 }]);
  });

  it('a shop sees only its own record', async () => {
    expect((await listCustomersInScope(db, actors.lojista)).map((c) => c.id)).toEqual([actors.lojista.customerId]);
    expect((await getOwnCustomer(db, otherShopOwner))?.id).toBe(otherCustomerId);
    expect((await getOwnCustomer(db, actors.lojista))?.id).not.toBe(otherCustomerId);
  });

  it('an employee may not read customers at all', async () => {
    await expect(listCustomersInScope(db, actors.usuario)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('shop scope', () => {
  it('one shop owner never sees another shop', async () => {
    const a = await listShopsInScope(db, actors.lojista);
    const b = await listShopsInScope(db, otherShopOwner);
    expect(a).toHaveLength(1);
    expect(b.map((s) => s.name)).toEqual(['Loja B']);
    expect(a[0]!.id).not.toBe(b[0]!.id);
  });

  it('an employee sees only the shop it works in, and its colleagues', async () => {
    const shops = await listShopsInScope(db, actors.usuario);
    expect(shops.map((s) => s.id)).toEqual([actors.usuario.shopId]);
    expect((await listShopColleagues(db, actors.usuario)).map((c) => c.id)).toEqual([actors.usuario.userId]);
  });

  it('finance and representatives may not read shops', async () => {
    await expect(listShopsInScope(db, actors.financeiro)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listShopsInScope(db, actors.representante)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
