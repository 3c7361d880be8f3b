import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { customers, users } from '@/db/schema';
import { makeActors, makeUser } from '@/db/testing/fixtures';
import { createTestDatabase } from '@/db/testing/test-db';
import { ROLES, type Role } from '@/lib/auth/roles';
import { parseQuery } from '@/lib/server/clean-input';
import type { Actor } from '@/lib/server/context';
import { ForbiddenError } from '@/lib/server/errors';
import { runRoute } from '@/lib/server/route-core';
import { USER_PAGE_SIZE, userFilterSchema } from './filters';
import { listUsers } from './queries';
import { findUserSuggestion, searchUsers, userSearchRoute } from './user-search';
import { usersCsv } from './users-csv';

let db: Db;
let drop: () => Promise<void>;
let actors: Record<Role, Actor>;
const filter = (query: Record<string, string> = {}) => parseQuery(userFilterSchema, query);
const names = async (query: Record<string, string>) => (await listUsers(db, actors.admin, filter(query))).rows.map((r) => r.name);

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  actors = await makeActors(db);
  const [shopCustomer] = await db.select({ id: customers.id }).from(customers).limit(1);
  await db.update(customers).set({ name: 'Boutique 100% Aurora' }).where(eq(customers.id, shopCustomer!.id));
  const named = async (name: string, role: Role, extra: Parameters<typeof makeUser>[2] = {}, lastLoginAt: Date | null = null) => {
    const u = await makeUser(db, role, extra);
    await db.update(users).set({ name, lastLoginAt }).where(eq(users.id, u.id));
  };
  await named('Zélia Costa', 'representante', {}, new Date('2026-11-20T12:00:00Z'));
  await named('Bruno_Lima', 'comercial', { status: 'blocked' }, new Date('2026-11-28T12:00:00Z'));
  await named('Luiza Loja', 'lojista', { customerId: shopCustomer!.id });
  for (let i = 0; i < USER_PAGE_SIZE; i++) await makeUser(db, 'financeiro');
});
afterAll(() => drop());

describe('the admin users list', () => {
  it('searches name, e-mail and the customer or shop a login belongs to, with wildcards taken literally', async () => {
    expect(await names({ q: 'zélia' })).toEqual(['Zélia Costa']);
    expect(await names({ q: '_' })).toEqual(['Bruno_Lima']);
    expect(await names({ q: '100%' })).toEqual(['Luiza Loja', (await db.select({ name: users.name }).from(users).where(eq(users.id, actors.lojista.userId)))[0]!.name].sort());
    const [row] = (await listUsers(db, actors.admin, filter({ q: 'Luiza' }))).rows;
    expect(row).toMatchObject({ name: 'Luiza Loja', role: 'lojista', status: 'active', link: 'Boutique 100% Aurora', lastLoginAt: null });
  });

  it('filters by role and status, sorts on the server (never signed in last) and pages by 25', async () => {
    expect(await names({ role: 'comercial', status: 'blocked' })).toEqual(['Bruno_Lima']);
    const byLogin = await names({ sort: 'lastLogin', dir: 'desc' });
    expect(byLogin.slice(0, 2)).toEqual(['Bruno_Lima', 'Zélia Costa']);
    const first = await listUsers(db, actors.admin, filter({ sort: 'nada', page: '-1' }));
    expect([first.total, first.rows.length, first.page]).toEqual([ROLES.length + 3 + USER_PAGE_SIZE, USER_PAGE_SIZE, 1]);
    const second = await listUsers(db, actors.admin, filter({ page: '2' }));
    expect(second.rows).toHaveLength(ROLES.length + 3);
    const ascending = [...first.rows, ...second.rows].map((r) => r.name);
    const descending = [...(await names({ dir: 'desc' })), ...(await names({ dir: 'desc', page: '2' }))];
    expect(descending).toEqual([...ascending].reverse());
    expect(new Set(ascending).size).toBe(first.total);
  });

  it('exports what it shows as a Brazilian CSV, to who may read users only', async () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      await expect(listUsers(db, actors[role], filter()), role).rejects.toBeInstanceOf(ForbiddenError);
      const denied = await runRoute({ db, actor: actors[role] }, 'users.read', usersCsv, new Request('http://localhost/admin/usuarios/exportar'), {});
      expect(denied.status, role).toBe(403);
    }
    const res = await runRoute({ db, actor: actors.admin }, 'users.read', usersCsv, new Request('http://localhost/admin/usuarios/exportar?sort=lastLogin&dir=desc&role=comercial'), {});
    expect(res.status).toBe(200);
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('nome;email;perfil;situacao;cliente_ou_loja;ultimo_acesso');
    expect(lines.slice(1).map((l) => l.split(';').filter((_, i) => i !== 1))).toEqual([
      ['Bruno_Lima', 'Comercial', 'Bloqueado', '', '28/11/2026 09:00'],
      [(await db.select({ name: users.name }).from(users).where(eq(users.id, actors.comercial.userId)))[0]!.name, 'Comercial', 'Ativo', '', ''],
    ]);
  });
});

describe('the user search of the pickers', () => {
  it('finds by part of the name or e-mail, by name, with the e-mail to tell two apart', async () => {
    expect((await searchUsers(db, actors.admin, 'zél')).map((u) => u.name)).toEqual(['Zélia Costa']);
    expect(await searchUsers(db, actors.admin, 'z')).toEqual([]);
    const [bruno] = await searchUsers(db, actors.admin, 'o_l');
    expect(bruno).toMatchObject({ name: 'Bruno_Lima', email: expect.stringMatching(/@test\.local$/) });
    expect(await findUserSuggestion(db, actors.admin, bruno!.id)).toEqual(bruno);
    expect(await findUserSuggestion(db, actors.admin, 'not-an-id')).toBeNull();
  });

  it('answers who may read users only', async () => {
    const request = new Request('http://localhost/api/usuarios/busca?q=costa');
    for (const role of ROLES.filter((r) => r !== 'admin')) expect((await runRoute({ db, actor: actors[role] }, 'users.read', userSearchRoute, request, {})).status, role).toBe(403);
    const res = await runRoute({ db, actor: actors.admin }, 'users.read', userSearchRoute, request, {});
    expect(((await res.json()) as { results: { name: string }[] }).results.map((u) => u.name)).toEqual(['Zélia Costa']);
  });
});
