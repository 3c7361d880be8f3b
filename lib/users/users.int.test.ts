import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { auditLog, emailOutbox, users } from '@/db/schema';
import { makeActors, makeCustomer, makeUser } from '@/db/testing/fixtures';
import { createTestDatabase } from '@/db/testing/test-db';
import { outboxEmails } from '@/db/testing/outbox';
import { loadActor } from '@/lib/auth/actor';
import { attemptLogin } from '@/lib/auth/login';
import type { Role } from '@/lib/auth/roles';
import type { Actor } from '@/lib/server/context';
import { defineUseCase, runUseCase } from '@/lib/server/use-case';
import { blockUser, changeOwnLocale, createUser, resetPasswordWithToken, sendPasswordReset, unblockUser, updateUser } from './use-cases';

let db: Db;
let drop: () => Promise<void>;
let actors: Record<Role, Actor>;
const NON_ADMIN = ['comercial', 'representante', 'lojista', 'financeiro', 'usuario'] as const;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  actors = await makeActors(db);
});
afterAll(() => drop());

const as = (role: Role | null) => ({ db, actor: role ? actors[role] : null, requestOrigin: 'http://venda.test' });

function newUserInput(extra: Record<string, unknown> = {}) {
  return { name: 'Nova Pessoa', email: `nova.${Math.random().toString(36).slice(2)}@test.local`, role: 'comercial', locale: 'pt-BR', password: 'segredo-123', ...extra };
}

describe('creating users', () => {
  it('admin creates a user: argon2id hash, audit row, welcome email in the outbox', async () => {
    const input = newUserInput();
    const r = await runUseCase(as('admin'), createUser, input);
    expect(r.ok).toBe(true);
    const id = r.ok ? r.data.id : '';
    const [row] = await db.select().from(users).where(eq(users.id, id));
    expect(row).toMatchObject({ email: input.email, role: 'comercial', status: 'active' });
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);

    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'users.create')));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: actors.admin.userId, actorRole: 'admin', entity: 'user' });
    expect(JSON.stringify(audit[0]!.after)).not.toContain('argon2');

    const [mail] = await outboxEmails(db, eq(emailOutbox.idempotencyKey, `welcome:${id}`));
    expect(mail).toMatchObject({ toAddress: input.email, subject: 'Bem-vindo ao Venda', status: 'pending' });
    expect(mail!.html).toContain('http://venda.test/login');
    expect(mail!.text).toContain(input.email);
  });

  it('writes the welcome email in the recipient language', async () => {
    const r = await runUseCase(as('admin'), createUser, newUserInput({ locale: 'en' }));
    const [mail] = await outboxEmails(db, eq(emailOutbox.idempotencyKey, `welcome:${r.ok ? r.data.id : ''}`));
    expect(mail!.subject).toBe('Welcome to Venda');
  });

  it.each(NON_ADMIN)('refuses %s, and nothing is written', async (role) => {
    const input = newUserInput();
    const r = await runUseCase(as(role), createUser, input);
    expect(r).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await db.select().from(users).where(eq(users.email, input.email))).toHaveLength(0);
  });

  it('refuses an anonymous caller', async () => {
    expect(await runUseCase(as(null), createUser, newUserInput())).toMatchObject({ ok: false, error: 'errors.unauthenticated' });
  });

  it('refuses a duplicate email (any case) next to the field and keeps what was typed', async () => {
    const existing = await makeUser(db, 'comercial');
    const r = await runUseCase(as('admin'), createUser, newUserInput({ email: existing.email.toUpperCase(), name: 'Outra Pessoa' }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { email: ['validation.emailTaken'] }, values: { name: 'Outra Pessoa' } });
    if (!r.ok) expect(r.values).not.toHaveProperty('password');
  });

  it('requires a customer for a lojista and a shop for a usuario', async () => {
    expect(await runUseCase(as('admin'), createUser, newUserInput({ role: 'lojista' }))).toMatchObject({ ok: false, fieldErrors: { customerId: ['validation.customerRequired'] } });
    expect(await runUseCase(as('admin'), createUser, newUserInput({ role: 'usuario' }))).toMatchObject({ ok: false, fieldErrors: { shopId: ['validation.shopRequired'] } });
    const customer = await makeCustomer(db);
    const r = await runUseCase(as('admin'), createUser, newUserInput({ role: 'lojista', customerId: customer.id }));
    expect(r.ok).toBe(true);
    expect((await loadActor(db, r.ok ? r.data.id : ''))?.customerId).toBe(customer.id);
  });

  it('rejects fields the form must not send, such as a status or a password hash', async () => {
    expect(await runUseCase(as('admin'), createUser, newUserInput({ status: 'active' }))).toMatchObject({ ok: false, error: 'errors.unknownFields' });
    expect(await runUseCase(as('admin'), createUser, newUserInput({ passwordHash: 'x' }))).toMatchObject({ ok: false, error: 'errors.unknownFields' });
  });
});

describe('blocking, unblocking and changing roles', () => {
  it('a blocked user is no longer an actor at the next request, and regains access when unblocked', async () => {
    const target = await makeUser(db, 'representante');
    expect(await loadActor(db, target.id)).not.toBeNull();
    const r = await runUseCase(as('admin'), blockUser, { id: target.id, reason: 'Saiu da empresa' });
    expect(r.ok).toBe(true);
    expect(await loadActor(db, target.id)).toBeNull();
    expect(await attemptLogin(db, { email: target.email, password: 'venda123', ip: '10.9.9.1' })).toEqual({ kind: 'blocked' });
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, target.id), eq(auditLog.action, 'users.block')));
    expect(audit!.before).toMatchObject({ status: 'active' });
    expect(audit!.after).toMatchObject({ status: 'blocked', blockedReason: 'Saiu da empresa' });

    const sessionBeforeBlock = Date.now() - 60_000;
    expect((await runUseCase(as('admin'), unblockUser, { id: target.id })).ok).toBe(true);
    expect(await loadActor(db, target.id, { loginAt: Date.now() + 1000 })).not.toBeNull();
    // The session that was open when the user was blocked stays dead after unblocking.
    expect(await loadActor(db, target.id, { loginAt: sessionBeforeBlock })).toBeNull();
  });

  it('a demoted user acts with the new role at once', async () => {
    const target = await makeUser(db, 'comercial');
    const r = await runUseCase(as('admin'), updateUser, { id: target.id, name: target.name, email: target.email, role: 'representante', locale: 'pt-BR' });
    expect(r.ok).toBe(true);
    expect((await loadActor(db, target.id))?.role).toBe('representante');
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, target.id), eq(auditLog.action, 'users.change_role')));
    expect(audit).toBeDefined();
  });

  it.each(NON_ADMIN)('refuses %s to block, unblock, edit or reset passwords', async (role) => {
    const target = await makeUser(db, 'representante');
    for (const [useCase, input] of [
      [blockUser, { id: target.id, reason: 'tentativa' }],
      [unblockUser, { id: target.id }],
      [updateUser, { id: target.id, name: 'X Y', email: target.email, role: 'admin', locale: 'pt-BR' }],
      [sendPasswordReset, { id: target.id }],
    ] as const) {
      expect(await runUseCase(as(role), useCase as typeof blockUser, input)).toMatchObject({ ok: false, error: 'errors.forbidden' });
    }
    expect((await loadActor(db, target.id))?.role).toBe('representante');
  });

  it('keeps the admin from locking themselves out', async () => {
    const me = actors.admin;
    expect(await runUseCase(as('admin'), blockUser, { id: me.userId, reason: 'engano' })).toMatchObject({ ok: false, error: 'errors.cannotBlockSelf' });
    expect(await runUseCase(as('admin'), updateUser, { id: me.userId, name: me.name, email: me.email, role: 'comercial', locale: 'pt-BR' })).toMatchObject({
      ok: false,
      fieldErrors: { role: ['errors.cannotDemoteSelf'] },
    });
  });

  it('answers not found for an unknown user', async () => {
    expect(await runUseCase(as('admin'), blockUser, { id: '00000000-0000-4000-8000-00000000abcd', reason: 'nada' })).toMatchObject({ ok: false, error: 'errors.notFound' });
  });
});

describe('the transaction', () => {
  it('rolls back the change and its audit row together when the use case fails', async () => {
    const email = `rollback.${Date.now()}@test.local`;
    const failing = defineUseCase({
      name: 'test.failing',
      permission: 'users.write',
      schema: z.strictObject({}),
      async run(ctx) {
        await ctx.db.insert(users).values({ name: 'Fantasma', email, role: 'comercial', passwordHash: 'x' });
        ctx.audit({ action: 'test.failing', entity: 'user' });
        throw new Error('fails after writing');
      },
    });
    const spy = (await import('vitest')).vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await runUseCase(as('admin'), failing, {})).toMatchObject({ ok: false, error: 'errors.unexpected' });
    spy.mockRestore();
    expect(await db.select().from(users).where(eq(users.email, email))).toHaveLength(0);
    expect(await db.select().from(auditLog).where(eq(auditLog.action, 'test.failing'))).toHaveLength(0);
  });
});

describe('password reset', () => {
  it('emails a one-time link that sets a new password once', async () => {
    const target = await makeUser(db, 'financeiro');
    const r = await runUseCase(as('admin'), sendPasswordReset, { id: target.id });
    expect(r.ok).toBe(true);
    const mails = await outboxEmails(db, eq(emailOutbox.toAddress, target.email));
    const mail = mails.find((m) => m.template === 'password-reset')!;
    const token = /redefinir-senha\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;

    const input = { token, password: 'nova-senha-forte', confirmPassword: 'nova-senha-forte' };
    expect((await runUseCase(as(null), resetPasswordWithToken, input)).ok).toBe(true);
    expect((await attemptLogin(db, { email: target.email, password: 'nova-senha-forte', ip: '10.9.9.2' })).kind).toBe('ok');
    expect(await runUseCase(as(null), resetPasswordWithToken, input)).toMatchObject({ ok: false, error: 'errors.resetLinkInvalid' });
  });

  it('refuses mismatched confirmation and a made-up token', async () => {
    expect(await runUseCase(as(null), resetPasswordWithToken, { token: 'x'.repeat(43), password: 'abcdefgh', confirmPassword: 'abcdefgX' })).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: ['validation.passwordMismatch'] },
    });
    expect(await runUseCase(as(null), resetPasswordWithToken, { token: 'x'.repeat(43), password: 'abcdefgh', confirmPassword: 'abcdefgh' })).toMatchObject({
      ok: false,
      error: 'errors.resetLinkInvalid',
    });
  });
});

describe('own profile', () => {
  it('every role saves its own locale and cannot smuggle other fields', async () => {
    for (const role of ['admin', ...NON_ADMIN] as const) {
      expect((await runUseCase(as(role), changeOwnLocale, { locale: 'es' })).ok).toBe(true);
      expect((await loadActor(db, actors[role].userId))?.locale).toBe('es');
    }
    expect(await runUseCase(as('usuario'), changeOwnLocale, { locale: 'en', role: 'admin' })).toMatchObject({ ok: false, error: 'errors.unknownFields' });
    expect((await loadActor(db, actors.usuario.userId))?.role).toBe('usuario');
  });
});
