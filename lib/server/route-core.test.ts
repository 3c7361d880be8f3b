import { describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import type { Actor } from './context';
import { DomainError, NotFoundError } from './errors';
import { runRoute } from './route-core';

const db = {} as Db;
const actor = (role: Actor['role']): Actor => ({
  userId: 'u1',
  role,
  name: 'N',
  email: 'n@x',
  locale: 'pt-BR',
  customerId: null,
  shopId: null,
});
const request = new Request('http://localhost/api/teste?q=1');
const ok = async () => new Response('ok');
const body = async (r: Response) => ({
  status: r.status,
  json: await r.json(),
});

describe('route handler wrapper', () => {
  it('answers 401 without a session and 403 to a role the map refuses, before running anything', async () => {
    const fn = vi.fn(ok);
    expect(await body(await runRoute({ db, actor: null }, 'orders.export', fn, request, {}))).toEqual({
      status: 401,
      json: { ok: false, error: 'errors.unauthenticated', fieldErrors: {} },
    });
    expect(await body(await runRoute({ db, actor: actor('lojista') }, 'orders.export', fn, request, {}))).toEqual({
      status: 403,
      json: { ok: false, error: 'errors.forbidden', fieldErrors: {} },
    });
    expect(fn).not.toHaveBeenCalled();
  });

  it('gives the function the actor, the params and the query string', async () => {
    const res = await runRoute(
      { db, actor: actor('financeiro') },
      'orders.export',
      async ({ actor: a, params, searchParams }) =>
        Response.json({
          role: a.role,
          id: params.id,
          q: searchParams.get('q'),
        }),
      request,
      { id: 'x' },
    );
    expect(await res.json()).toEqual({ role: 'financeiro', id: 'x', q: '1' });
  });

  it('maps a record outside the scope to 404, a user refusal to 400, anything else to a logged 500 without details', async () => {
    const a = actor('admin');
    expect(
      (
        await runRoute(
          { db, actor: a },
          'orders.export',
          async () => {
            throw new NotFoundError();
          },
          request,
          {},
        )
      ).status,
    ).toBe(404);
    expect(
      await body(
        await runRoute(
          { db, actor: a },
          'orders.export',
          async () => {
            throw new DomainError('errors.invalidInput');
          },
          request,
          {},
        ),
      ),
    ).toEqual({
      status: 400,
      json: { ok: false, error: 'errors.invalidInput', fieldErrors: {} },
    });
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failed = await runRoute(
      { db, actor: a },
      'orders.export',
      async () => {
        throw new Error('connection string with secrets');
      },
      request,
      {},
    );
    expect(await body(failed)).toEqual({
      status: 500,
      json: { ok: false, error: 'errors.unexpected', fieldErrors: {} },
    });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it('runs a public route with no session', async () => {
    expect((await runRoute({ db, actor: null }, 'public', ok, request, {})).status).toBe(200);
  });
});
