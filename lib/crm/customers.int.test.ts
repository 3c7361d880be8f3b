import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, customers } from '@/db/schema';
import { makeActors, makeUser } from '@/db/testing/fixtures';
import { createTestDatabase } from '@/db/testing/test-db';
import { loadActor } from '@/lib/auth/actor';
import type { Role } from '@/lib/auth/roles';
import type { Actor } from '@/lib/server/context';
import { ForbiddenError, NotFoundError } from '@/lib/server/errors';
import { runUseCase } from '@/lib/server/use-case';
import { withCheckDigits } from './document';
import { findCustomerSuggestion, getCustomer, listCustomers, searchCustomers } from './queries';
import { customerFilterSchema } from './schemas';
import { blockCustomer, createCustomer, setCreditLimit, transferCustomers, updateCustomer, updateOwnContacts } from './use-cases';

let db: Db;
let drop: () => Promise<void>;
let actors: Record<Role, Actor>;
let otherRep: Actor;
let seq = 100;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  actors = await makeActors(db);
  otherRep = (await loadActor(db, (await makeUser(db, 'representante')).id))!;
});
afterAll(() => drop());

const as = (actor: Actor | null) => ({ db, actor, requestOrigin: 'http://venda.test' });
const cnpj = () => withCheckDigits(`${String(++seq).padStart(8, '7')}0001`);
const input = (extra: Record<string, unknown> = {}) => ({
  document: cnpj(),
  name: 'Loja Teste Ltda',
  city: 'Joinville',
  uf: 'SC',
  useType: 'revenda',
  phones: [{ number: '(47) 99999-1234', isWhatsapp: 'on' }],
  ...extra,
});
const filter = (f: Record<string, string> = {}) => customerFilterSchema.parse(f);

async function create(actor: Actor, extra: Record<string, unknown> = {}) {
  const r = await runUseCase(as(actor), createCustomer, input(extra));
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data.id;
}

describe('creating customers', () => {
  it('a representative creates a customer that joins its own portfolio, whatever the form says', async () => {
    const id = await create(actors.representante, { representativeId: otherRep.userId });
    const c = await getCustomer(db, actors.representante, id);
    expect(c.representativeId).toBe(actors.representante.userId);
    expect(c.phones).toMatchObject([{ number: '47999991234', isWhatsapp: true }]);
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'customers.create')));
    expect(audit!.after).toMatchObject({ name: 'Loja Teste Ltda', uf: 'SC' });
  });

  it('refuses an invalid CNPJ next to the field and keeps what was typed', async () => {
    const r = await runUseCase(as(actors.comercial), createCustomer, input({ document: '11.222.333/0001-82', name: 'Typed Name' }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { document: ['validation.document'] }, values: { name: 'Typed Name', document: '11.222.333/0001-82', 'phones.0.number': '(47) 99999-1234' } });
  });

  it('accepts the alphanumeric CNPJ', async () => {
    const id = await create(actors.comercial, { document: '12.ABC.345/01DE-35' });
    expect((await getCustomer(db, actors.comercial, id)).document).toBe('12ABC34501DE35');
  });

  it('refuses a duplicate document, with or without punctuation, pointing at the existing customer', async () => {
    const doc = cnpj();
    const id = await create(actors.comercial, { document: doc });
    const formatted = `${doc.slice(0, 2)}.${doc.slice(2, 5)}.${doc.slice(5, 8)}/${doc.slice(8, 12)}-${doc.slice(12)}`;
    const r = await runUseCase(as(actors.comercial), createCustomer, input({ document: formatted }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { document: ['validation.documentTaken'] }, meta: { existingId: id } });
  });

  it('refuses a plate that belongs to another customer', async () => {
    await create(actors.comercial, { assets: [{ kind: 'plate', value: 'PLT1A23' }] });
    const r = await runUseCase(as(actors.comercial), createCustomer, input({ assets: [{ kind: 'plate', value: 'plt-1a23' }] }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { 'assets.0.value': ['validation.assetTaken'] } });
  });

  it.each(['lojista', 'financeiro', 'usuario'] as const)('refuses %s', async (role) => {
    expect(await runUseCase(as(actors[role]), createCustomer, input())).toMatchObject({ ok: false, error: 'errors.forbidden' });
  });
});

describe('portfolio scope', () => {
  it("a representative can neither read nor change another's customer (404)", async () => {
    const theirs = await create(otherRep);
    await expect(getCustomer(db, actors.representante, theirs)).rejects.toBeInstanceOf(NotFoundError);
    const r = await runUseCase(as(actors.representante), updateCustomer, { id: theirs, ...input({ name: 'Hijacked' }) });
    expect(r).toMatchObject({ ok: false, error: 'errors.notFound' });
    expect((await getCustomer(db, otherRep, theirs)).name).toBe('Loja Teste Ltda');
    expect((await listCustomers(db, actors.representante, filter())).rows.map((c) => c.id)).not.toContain(theirs);
    expect(await searchCustomers(db, actors.representante, 'Loja Teste')).not.toContainEqual(expect.objectContaining({ id: theirs }));
  });

  it('a representative cannot transfer customers', async () => {
    const mine = await create(actors.representante);
    expect(await runUseCase(as(actors.representante), transferCustomers, { customerIds: [mine], representativeId: otherRep.userId })).toMatchObject({ ok: false, error: 'errors.forbidden' });
  });

  it('a shop edits only its own contacts and addresses', async () => {
    const r = await runUseCase(as(actors.lojista), updateOwnContacts, { email: 'loja@aurora.com.br', city: 'Florianópolis', uf: 'SC', contacts: [{ name: 'Luiza', role: 'Dona' }] });
    expect(r.ok).toBe(true);
    const own = await getCustomer(db, actors.lojista, actors.lojista.customerId!);
    expect(own).toMatchObject({ email: 'loja@aurora.com.br', contacts: [{ name: 'Luiza', role: 'Dona' }] });
    // It cannot aim at another record, nor touch commercial fields.
    expect(await runUseCase(as(actors.lojista), updateOwnContacts, { id: otherRep.userId, city: 'X', uf: 'SC' })).toMatchObject({ ok: false, error: 'errors.unknownFields' });
    expect(await runUseCase(as(actors.lojista), updateOwnContacts, { city: 'Xique', uf: 'SC', creditLimitCents: '999' })).toMatchObject({ ok: false, error: 'errors.unknownFields' });
    expect(await runUseCase(as(actors.lojista), updateCustomer, { id: actors.lojista.customerId, ...input() })).toMatchObject({ ok: false, error: 'errors.forbidden' });
  });

  it('finance sets credit and blocks; others may not', async () => {
    const id = await create(actors.comercial);
    expect((await runUseCase(as(actors.financeiro), setCreditLimit, { id, creditLimit: '15000,50' })).ok).toBe(true);
    expect((await getCustomer(db, actors.financeiro, id)).creditLimitCents).toBe(1_500_050);
    expect((await runUseCase(as(actors.financeiro), blockCustomer, { id, reason: 'Títulos em atraso' })).ok).toBe(true);
    expect((await getCustomer(db, actors.comercial, id)).status).toBe('blocked');
    for (const role of ['comercial', 'representante', 'lojista', 'usuario'] as const) {
      expect(await runUseCase(as(actors[role]), setCreditLimit, { id, creditLimit: '1' })).toMatchObject({ ok: false, error: 'errors.forbidden' });
    }
  });
});

describe('transfer', () => {
  it('moves many customers at once, audits each, and the old representative loses them', async () => {
    const a = await create(actors.representante);
    const b = await create(actors.representante);
    const r = await runUseCase(as(actors.comercial), transferCustomers, { customerIds: [a, b], representativeId: otherRep.userId });
    expect(r).toEqual({ ok: true, data: { moved: 2 } });
    const mine = (await listCustomers(db, actors.representante, filter())).rows.map((c) => c.id);
    expect(mine).not.toContain(a);
    expect(mine).not.toContain(b);
    await expect(getCustomer(db, actors.representante, a)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getCustomer(db, otherRep, a)).representativeId).toBe(otherRep.userId);
    const rows = await db.select().from(auditLog).where(and(eq(auditLog.action, 'customers.transfer'), eq(auditLog.entityId, a)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: actors.comercial.userId, before: { representativeId: actors.representante.userId }, after: { representativeId: otherRep.userId } });
  });

  it('refuses a destination that is not a representative', async () => {
    const a = await create(actors.comercial);
    expect(await runUseCase(as(actors.comercial), transferCustomers, { customerIds: a, representativeId: actors.financeiro.userId })).toMatchObject({
      ok: false,
      fieldErrors: { representativeId: ['validation.invalidOption'] },
    });
  });
});

describe('finding customers', () => {
  it('finds by name, document with or without punctuation, phone, email, plate and serial', async () => {
    const doc = cnpj();
    const id = await create(actors.comercial, {
      document: doc,
      name: 'Ateliê Pérola Negra',
      email: 'perola@negra.com.br',
      phones: [{ number: '(48) 98877-6655' }],
      assets: [
        { kind: 'plate', value: 'PRL-2026' },
        { kind: 'serial', value: 'sn-77-abc' },
      ],
    });
    const formatted = `${doc.slice(0, 2)}.${doc.slice(2, 5)}.${doc.slice(5, 8)}/${doc.slice(8, 12)}-${doc.slice(12)}`;
    for (const q of ['perola negra', 'ATELIE', doc, formatted, '98877-6655', '(48) 98877', 'perola@negra', 'prl2026', 'PRL-2026', 'SN77ABC']) {
      expect((await searchCustomers(db, actors.comercial, q)).map((r) => r.id), q).toContain(id);
    }
  });

  it('finds by city, accents or not, in the suggestions and in the table filter alike', async () => {
    const doc = cnpj();
    const id = await create(actors.comercial, { document: doc, name: 'Empório Cidade Buscada', city: 'São José dos Pinhais', uf: 'PR' });
    for (const q of ['sao jose dos pinhais', 'SÃO JOSÉ', 'pinhais']) {
      expect((await searchCustomers(db, actors.comercial, q)).map((r) => r.id), q).toContain(id);
      expect((await listCustomers(db, actors.comercial, filter({ q }))).rows.map((r) => r.id), q).toContain(id);
    }
    // Each suggestion tells two customers of the same name apart: formatted document and city / UF.
    const [hit] = await searchCustomers(db, actors.comercial, doc);
    expect(hit).toEqual({
      id,
      name: 'Empório Cidade Buscada',
      tradeName: null,
      document: `${doc.slice(0, 2)}.${doc.slice(2, 5)}.${doc.slice(5, 8)}/${doc.slice(8, 12)}-${doc.slice(12)}`,
      place: 'São José dos Pinhais / PR',
    });
  });

  it('a moved customer is found by its new city, not the old one', async () => {
    const id = await create(actors.comercial, { name: 'Loja Mudou de Cidade', city: 'Itajaí' });
    const moved = await runUseCase(as(actors.comercial), updateCustomer, { id, ...input({ name: 'Loja Mudou de Cidade', city: 'Balneário Camboriú' }) });
    expect(moved.ok).toBe(true);
    expect((await searchCustomers(db, actors.comercial, 'balneario camboriu')).map((r) => r.id)).toContain(id);
    expect((await searchCustomers(db, actors.comercial, 'itajai')).map((r) => r.id)).not.toContain(id);
  });

  it("a picker's current choice is shown only within the actor's scope", async () => {
    const mine = await create(actors.representante, { name: 'Loja Da Carteira', city: 'Joinville' });
    const theirs = await create(otherRep, { name: 'Loja De Outra Carteira' });
    expect(await findCustomerSuggestion(db, actors.representante, mine)).toMatchObject({ id: mine, name: 'Loja Da Carteira', place: 'Joinville / SC' });
    expect(await findCustomerSuggestion(db, actors.representante, theirs)).toBeNull();
    expect(await findCustomerSuggestion(db, actors.comercial, theirs)).toMatchObject({ id: theirs });
    expect(await findCustomerSuggestion(db, actors.comercial, 'not-a-uuid')).toBeNull();
    expect(await findCustomerSuggestion(db, actors.comercial, null)).toBeNull();
    // A shop sees its own record only; an employee may not search customers at all.
    expect(await findCustomerSuggestion(db, actors.lojista, mine)).toBeNull();
    await expect(findCustomerSuggestion(db, actors.usuario, mine)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('filters, sorts and paginates on the server', async () => {
    await create(actors.comercial, { name: 'Zeta Filtros', uf: 'AM', city: 'Manaus', tags: 'vip, norte' });
    await create(actors.comercial, { name: 'Alfa Filtros', uf: 'AM', city: 'Manaus', tags: 'norte' });
    const page = await listCustomers(db, actors.comercial, filter({ uf: 'AM', sort: 'name', dir: 'desc' }));
    expect(page.rows.map((r) => r.name)).toEqual(['Zeta Filtros', 'Alfa Filtros']);
    expect((await listCustomers(db, actors.comercial, filter({ tag: 'vip', uf: 'AM' }))).rows.map((r) => r.name)).toEqual(['Zeta Filtros']);
    expect((await listCustomers(db, actors.comercial, filter({ city: 'manaus' }))).total).toBe(2);
    const small = await listCustomers(db, actors.comercial, filter({ page: '2' }), 3);
    expect(small.rows).toHaveLength(3);
    expect(small.page).toBe(2);
    const count = await db.$count(customers);
    expect(small.total).toBe(count);
  });
});
