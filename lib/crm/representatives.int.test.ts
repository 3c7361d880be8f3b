import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { emailOutbox, representativeProfiles, users } from '@/db/schema';
import { makeActors, makeCustomer } from '@/db/testing/fixtures';
import { createTestDatabase } from '@/db/testing/test-db';
import { outboxEmails } from '@/db/testing/outbox';
import type { Role } from '@/lib/auth/roles';
import type { Actor } from '@/lib/server/context';
import { runUseCase } from '@/lib/server/use-case';
import { listRepresentatives, REPRESENTATIVE_PAGE_SIZE, updateRepresentative } from './representatives';
import { createShopLogin, listShopLogins } from './shop-logins';

let db: Db;
let drop: () => Promise<void>;
let actors: Record<Role, Actor>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  actors = await makeActors(db);
});
afterAll(() => drop());
const as = (role: Role) => ({ db, actor: actors[role], requestOrigin: 'http://venda.test' });

describe('representatives', () => {
  it('comercial sets commission and covered states; the list shows portfolio sizes', async () => {
    const r = await runUseCase(as('comercial'), updateRepresentative, { id: actors.representante.userId, commission: '5,5', ufs: 'sc, pr ,SC' });
    expect(r.ok).toBe(true);
    const [profile] = await db.select().from(representativeProfiles).where(eq(representativeProfiles.userId, actors.representante.userId));
    expect(profile).toMatchObject({ commissionBps: 550, ufs: ['PR', 'SC'] });
    const list = await listRepresentatives(db, actors.comercial);
    expect(list.rows.find((x) => x.id === actors.representante.userId)).toMatchObject({ commissionBps: 550, customers: 1 });
    // Found by part of the name or e-mail, with % and _ taken literally; paged by 20.
    const { email, name } = (await db.select().from(users).where(eq(users.id, actors.representante.userId)))[0]!;
    expect((await listRepresentatives(db, actors.comercial, { q: email.slice(2, 12).toUpperCase(), page: 1 })).rows.map((r) => r.name)).toEqual([name]);
    expect((await listRepresentatives(db, actors.comercial, { q: '%', page: 1 })).total).toBe(0);
    expect(list).toMatchObject({ page: 1, pageSize: REPRESENTATIVE_PAGE_SIZE });
  });

  it('refuses a commission over 100% and unknown states next to the fields', async () => {
    expect(await runUseCase(as('comercial'), updateRepresentative, { id: actors.representante.userId, commission: '150', ufs: 'XX' })).toMatchObject({
      ok: false,
      fieldErrors: { commission: ['validation.commission'], ufs: ['validation.ufList'] },
    });
  });

  it.each(['representante', 'lojista', 'financeiro', 'usuario'] as const)('is closed to %s', async (role) => {
    expect(await runUseCase(as(role), updateRepresentative, { id: actors.representante.userId, commission: '99', ufs: '' })).toMatchObject({ ok: false, error: 'errors.forbidden' });
  });
});

describe('shop logins', () => {
  it('comercial gives a customer a login; the shop gets a link to choose its password', async () => {
    const customer = await makeCustomer(db, { name: 'Loja Nova' });
    const r = await runUseCase(as('comercial'), createShopLogin, { customerId: customer.id, name: 'Dona Loja', email: 'Dona@LojaNova.com.br' });
    expect(r.ok).toBe(true);
    const [user] = await db.select().from(users).where(eq(users.email, 'dona@lojanova.com.br'));
    expect(user).toMatchObject({ role: 'lojista', customerId: customer.id });
    const [mail] = await outboxEmails(db, eq(emailOutbox.toAddress, 'dona@lojanova.com.br'));
    expect(mail).toMatchObject({ template: 'password-reset', sensitive: true });
    expect(mail!.text).toContain('http://venda.test/redefinir-senha/');
    expect((await listShopLogins(db, actors.comercial, customer.id)).map((l) => l.email)).toEqual(['dona@lojanova.com.br']);
  });

  it.each(['representante', 'lojista', 'financeiro', 'usuario'] as const)('is closed to %s', async (role) => {
    expect(await runUseCase(as(role), createShopLogin, { customerId: actors.lojista.customerId, name: 'Intrusa', email: `x.${role}@x.com` })).toMatchObject({ ok: false, error: 'errors.forbidden' });
  });
});
