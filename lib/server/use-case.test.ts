import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Db } from '@/db/client';
import type { Actor } from './context';
import { DomainError } from './errors';
import { formDataToObject } from './form-data';
import { defineUseCase, runUseCase, uniqueViolation } from './use-case';

const actor = (role: Actor['role']): Actor => ({ userId: '00000000-0000-4000-8000-000000000001', role, name: 'Test', email: 't@x', locale: 'pt-BR', customerId: null, shopId: null });

/** A stand-in for the database that records the transaction and the rows inserted into it. */
function fakeDb() {
  const inserted: unknown[] = [];
  const transaction = vi.fn(async (fn: (tx: unknown) => Promise<unknown>) => {
    const tx = { insert: () => ({ values: async (rows: unknown[]) => void inserted.push(...rows) }) };
    return fn(tx);
  });
  return { db: { transaction } as unknown as Db, transaction, inserted };
}

const renameThing = defineUseCase({
  name: 'things.rename',
  permission: 'users.write',
  schema: z.strictObject({ name: z.string().min(2, { error: 'validation.nameTooShort' }), password: z.string().optional() }),
  async run(ctx, input) {
    if (input.name === 'taken') throw new DomainError('validation.emailTaken', 'name');
    if (input.name === 'boom') throw new Error('database down');
    ctx.audit({ action: 'things.rename', entity: 'thing', entityId: '42', before: { name: 'old' }, after: { name: input.name, password: input.password } });
    return { renamed: input.name };
  },
});

describe('runUseCase (the action wrapper)', () => {
  it('refuses an anonymous caller before touching the database', async () => {
    const { db, transaction } = fakeDb();
    const r = await runUseCase({ db, actor: null }, renameThing, { name: 'new' });
    expect(r).toMatchObject({ ok: false, error: 'errors.unauthenticated' });
    expect(transaction).not.toHaveBeenCalled();
  });

  it('refuses a role the permission map does not allow, before validation', async () => {
    const { db, transaction } = fakeDb();
    for (const role of ['comercial', 'representante', 'lojista', 'financeiro', 'usuario'] as const) {
      const r = await runUseCase({ db, actor: actor(role) }, renameThing, { name: 'x' });
      expect(r).toMatchObject({ ok: false, error: 'errors.forbidden' });
    }
    expect(transaction).not.toHaveBeenCalled();
  });

  it('rejects unknown fields (strict schemas)', async () => {
    const { db, transaction } = fakeDb();
    const r = await runUseCase({ db, actor: actor('admin') }, renameThing, { name: 'ok-name', role: 'admin' });
    expect(r).toMatchObject({ ok: false, error: 'errors.unknownFields' });
    expect(transaction).not.toHaveBeenCalled();
  });

  it('returns field errors as message keys and echoes what was typed, except secrets', async () => {
    const { db } = fakeDb();
    const r = await runUseCase({ db, actor: actor('admin') }, renameThing, { name: 'x', password: 'hunter22' });
    expect(r).toEqual({ ok: false, error: 'errors.invalidInput', fieldErrors: { name: ['validation.nameTooShort'] }, values: { name: 'x' } });
  });

  it('undoes side effects outside the database when the transaction rolls back, and only then', async () => {
    const { db } = fakeDb();
    const undone: string[] = [];
    const store = defineUseCase({
      name: 'things.store',
      permission: 'users.write',
      schema: z.strictObject({ fail: z.boolean() }),
      async run(ctx, input) {
        ctx.onRollback(async () => void undone.push('file removed'));
        if (input.fail) throw new DomainError('validation.invalid');
        return 'stored';
      },
    });
    expect(await runUseCase({ db, actor: actor('admin') }, store, { fail: false })).toMatchObject({ ok: true });
    expect(undone).toEqual([]);
    expect(await runUseCase({ db, actor: actor('admin') }, store, { fail: true })).toMatchObject({ ok: false, error: 'validation.invalid' });
    expect(undone).toEqual(['file removed']);
  });

  it('does not echo file contents back (a base64 photo is far longer than anything typed)', async () => {
    const { db } = fakeDb();
    const upload = defineUseCase({
      name: 'things.upload',
      permission: 'users.write',
      schema: z.strictObject({ note: z.string().min(5, { error: 'validation.tooSmall' }), photos: z.array(z.string()) }),
      async run() {
        return null;
      },
    });
    const r = await runUseCase({ db, actor: actor('admin') }, upload, { note: 'ok', photos: ['A'.repeat(50_000)] });
    expect(r).toMatchObject({ ok: false, values: { note: 'ok' } });
    expect(JSON.stringify(r).length).toBeLessThan(1000);
  });

  it('runs the use case in a transaction and writes its audit rows there, with secrets redacted', async () => {
    const { db, transaction, inserted } = fakeDb();
    const r = await runUseCase({ db, actor: actor('admin') }, renameThing, { name: 'new name', password: 'secret-pass' });
    expect(r).toEqual({ ok: true, data: { renamed: 'new name' } });
    expect(transaction).toHaveBeenCalledOnce();
    expect(inserted).toEqual([
      {
        actorId: actor('admin').userId,
        actorRole: 'admin',
        action: 'things.rename',
        entity: 'thing',
        entityId: '42',
        before: { name: 'old' },
        after: { name: 'new name', password: '[redacted]' },
      },
    ]);
  });

  it('turns a domain refusal into a field error', async () => {
    const { db } = fakeDb();
    const r = await runUseCase({ db, actor: actor('admin') }, renameThing, { name: 'taken' });
    expect(r).toMatchObject({ ok: false, error: 'validation.emailTaken', fieldErrors: { name: ['validation.emailTaken'] }, values: { name: 'taken' } });
  });

  it('hides unexpected errors behind a generic message', async () => {
    const { db } = fakeDb();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const r = await runUseCase({ db, actor: actor('admin') }, renameThing, { name: 'boom' });
    expect(r).toMatchObject({ ok: false, error: 'errors.unexpected' });
    spy.mockRestore();
  });

  it('writes a default audit row when the use case describes none', async () => {
    const { db, inserted } = fakeDb();
    const silent = defineUseCase({ name: 'things.touch', permission: 'profile.update', schema: z.strictObject({}), run: async () => 1 });
    await runUseCase({ db, actor: actor('usuario') }, silent, {});
    expect(inserted).toMatchObject([{ action: 'things.touch', entity: 'things', actorRole: 'usuario' }]);
  });

  it('never writes the input of a use case that describes no change: no file contents, no values', async () => {
    const { db, inserted } = fakeDb();
    const upload = defineUseCase({ name: 'things.upload', permission: 'profile.update', schema: z.strictObject({ title: z.string(), photo: z.string() }), run: async () => 1 });
    const photo = Buffer.alloc(3000, 7).toString('base64');
    await runUseCase({ db, actor: actor('lojista') }, upload, { title: 'Nota', photo });
    expect(inserted).toEqual([expect.objectContaining({ action: 'things.upload', before: null, after: { fields: ['title', 'photo'] } })]);
    expect(JSON.stringify(inserted)).not.toContain(photo.slice(0, 100));
    expect(JSON.stringify(inserted)).not.toContain('Nota');
  });

  it('lets a public use case run without an actor and audits it anonymously', async () => {
    const { db, inserted } = fakeDb();
    const open = defineUseCase({ name: 'links.use', permission: 'public', schema: z.strictObject({ token: z.string() }), run: async (ctx) => ctx.actor });
    const r = await runUseCase({ db, actor: null }, open, { token: 'abc' });
    expect(r).toEqual({ ok: true, data: null });
    expect(inserted).toMatchObject([{ actorId: null, actorRole: null, action: 'links.use' }]);
  });
});

describe('formDataToObject', () => {
  it("drops React's internal fields and keeps repeated names as arrays", () => {
    const fd = new FormData();
    fd.append('$ACTION_ID_abc', '');
    fd.append('name', 'Ana');
    fd.append('tag', 'a');
    fd.append('tag', 'b');
    expect(formDataToObject(fd)).toEqual({ name: 'Ana', tag: ['a', 'b'] });
  });
});

describe('formDataToObject with row editors', () => {
  it('nests dotted names into arrays of objects and drops removed rows', () => {
    const fd = new FormData();
    fd.append('name', 'Loja');
    fd.append('phones.0.number', '48999990000');
    fd.append('phones.0.isWhatsapp', 'on');
    fd.append('phones.2.number', '4833330000');
    fd.append('address.city', 'Florianópolis');
    expect(formDataToObject(fd)).toEqual({
      name: 'Loja',
      phones: [{ number: '48999990000', isWhatsapp: 'on' }, { number: '4833330000' }],
      address: { city: 'Florianópolis' },
    });
  });
});

describe('formDataToObject on hostile input', () => {
  it('refuses prototype keys and huge indexes without touching Object.prototype', () => {
    const fd = new FormData();
    fd.append('__proto__.polluted', 'yes');
    fd.append('constructor.prototype.polluted', 'yes');
    fd.append('rows.4294967294.x', 'big');
    fd.append('rows.1.x', 'ok');
    const out = formDataToObject(fd);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(out).toEqual({ rows: [{ x: 'ok' }] });
  });

  it('runs what waits for the commit only after it, never when the use case fails, and undoes on failure', async () => {
    const log: string[] = [];
    const withFiles = defineUseCase({
      name: 'things.remove',
      permission: 'users.write',
      schema: z.strictObject({ fail: z.boolean() }),
      async run(ctx, input) {
        ctx.onCommit(async () => void log.push('deleted file'));
        ctx.onRollback(async () => void log.push('restored file'));
        log.push('in transaction');
        if (input.fail) throw new DomainError('validation.emailTaken');
        return {};
      },
    });
    const { db } = fakeDb();
    expect(await runUseCase({ db, actor: actor('admin') }, withFiles, { fail: false })).toMatchObject({ ok: true });
    expect(log).toEqual(['in transaction', 'deleted file']);
    log.length = 0;
    expect(await runUseCase({ db, actor: actor('admin') }, withFiles, { fail: true })).toMatchObject({ ok: false });
    expect(log).toEqual(['in transaction', 'restored file']);
  });
});

describe('uniqueViolation', () => {
  it('names the index of a unique violation, through the driver error wrapped as its cause, and nothing else', () => {
    const pg = Object.assign(new Error('duplicate key'), { code: '23505', constraint_name: 'products_shop_reference_unique' });
    expect(uniqueViolation(pg)).toBe('products_shop_reference_unique');
    expect(uniqueViolation(new Error('Failed query', { cause: pg }))).toBe('products_shop_reference_unique');
    expect(uniqueViolation(Object.assign(new Error('fk'), { code: '23503', constraint_name: 'x_fk' }))).toBeNull();
    expect(uniqueViolation('text')).toBeNull();
  });
});
