import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog } from '@/db/schema';
import { makeActors } from '@/db/testing/fixtures';
import { createTestDatabase } from '@/db/testing/test-db';
import type { Role } from '@/lib/auth/roles';
import type { Actor } from '@/lib/server/context';
import { ForbiddenError, NotFoundError } from '@/lib/server/errors';
import { auditFacets, getAuditEntry, iterateAudit, listAudit } from './queries';
import { auditFilterSchema } from './schemas';

let db: Db;
let drop: () => Promise<void>;
let actors: Record<Role, Actor>;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  actors = await makeActors(db);
  await db.insert(auditLog).values([
    // 22 Nov, 23:30 in São Paulo (02:30 UTC on the 23rd)
    { at: new Date('2026-11-23T02:30:00Z'), actorId: actors.admin.userId, actorRole: 'admin', action: 'users.block', entity: 'user', entityId: 'u-1' },
    { at: new Date('2026-11-23T15:00:00Z'), actorId: actors.admin.userId, actorRole: 'admin', action: 'users.create', entity: 'user', entityId: 'u-2', after: { name: 'Ana' } },
    { at: new Date('2026-11-24T15:00:00Z'), actorId: actors.comercial.userId, actorRole: 'comercial', action: 'customers.update', entity: 'customer', entityId: 'c-1' },
  ]);
});
afterAll(() => drop());

const filter = (f: Record<string, string>) => auditFilterSchema.parse(f);

describe('audit log', () => {
  it('filters by entity, action and actor', async () => {
    expect((await listAudit(db, actors.admin, filter({ entity: 'customer' }))).rows.map((r) => r.entityId)).toEqual(['c-1']);
    expect((await listAudit(db, actors.admin, filter({ action: 'users.create' }))).rows[0]).toMatchObject({ entityId: 'u-2', after: { name: 'Ana' } });
    expect((await listAudit(db, actors.admin, filter({ actor: actors.comercial.userId }))).total).toBe(1);
    // The search takes % and _ literally.
    expect((await listAudit(db, actors.admin, filter({ q: 'u_1' }))).total).toBe(0);
    expect((await listAudit(db, actors.admin, filter({ q: 'u-1' }))).rows.map((r) => r.entityId)).toEqual(['u-1']);
  });

  it('reads date filters as São Paulo days', async () => {
    const day22 = await listAudit(db, actors.admin, filter({ from: '2026-11-22', to: '2026-11-22' }));
    expect(day22.rows.map((r) => r.entityId)).toEqual(['u-1']);
    const day23 = await listAudit(db, actors.admin, filter({ from: '2026-11-23', to: '2026-11-23' }));
    expect(day23.rows.map((r) => r.entityId)).toEqual(['u-2']);
  });

  it('paginates newest first and exports every matching row', async () => {
    const page = await listAudit(db, actors.admin, filter({ page: '1' }), 2);
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.entityId)).toEqual(['c-1', 'u-2']);
    const all: string[] = [];
    for await (const r of iterateAudit(db, actors.admin, filter({}), 2)) all.push(r.entityId!);
    expect(all).toEqual(['c-1', 'u-2', 'u-1']);
  });

  it('hides sign-ins unless the filter asks for them or their action is chosen', async () => {
    await db.insert(auditLog).values([
      { at: new Date('2026-11-20T12:00:00Z'), actorId: actors.admin.userId, actorRole: 'admin', action: 'auth.login', entity: 'user', entityId: 'login-1' },
      { at: new Date('2026-11-20T13:00:00Z'), actorId: actors.admin.userId, actorRole: 'admin', action: 'auth.logout', entity: 'user', entityId: 'logout-1' },
    ]);
    try {
      const hidden = await listAudit(db, actors.admin, filter({}));
      expect(hidden.total).toBe(3);
      expect(hidden.rows.map((r) => r.entityId)).not.toContain('login-1');
      const shown = await listAudit(db, actors.admin, filter({ logins: '1' }));
      expect(shown.total).toBe(5);
      expect(shown.rows.map((r) => r.entityId)).toEqual(['c-1', 'u-2', 'u-1', 'logout-1', 'login-1']);
      expect((await listAudit(db, actors.admin, filter({ action: 'auth.login' }))).rows.map((r) => r.entityId)).toEqual(['login-1']);
      const exported: string[] = [];
      for await (const r of iterateAudit(db, actors.admin, filter({}))) exported.push(r.action);
      expect(exported).not.toContain('auth.login');
      expect(filter({ logins: 'yes' }).logins).toBeUndefined();
    } finally {
      await db.delete(auditLog).where(inArray(auditLog.action, ['auth.login', 'auth.logout']));
    }
  });

  it('opens one entry with its actor and its fields before and after; anything else is not found', async () => {
    const [row] = (await listAudit(db, actors.admin, filter({ action: 'users.create' }))).rows;
    expect(await getAuditEntry(db, actors.admin, String(row!.id))).toMatchObject({ action: 'users.create', entityId: 'u-2', actorRole: 'admin', after: { name: 'Ana' } });
    for (const id of ['abc', '99999999', '-1', '1'.repeat(40)]) await expect(getAuditEntry(db, actors.admin, id), id).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAuditEntry(db, actors.comercial, String(row!.id))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('ignores malformed filters instead of failing', () => {
    expect(filter({ actor: 'not-a-uuid', from: 'yesterday', page: '-3' })).toEqual({ page: 1, actor: undefined, from: undefined });
  });

  it.each(['comercial', 'representante', 'lojista', 'financeiro', 'usuario'] as const)('is closed to %s', async (role) => {
    await expect(listAudit(db, actors[role], filter({}))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(auditFacets(db, actors[role])).rejects.toBeInstanceOf(ForbiddenError);
  });
});
