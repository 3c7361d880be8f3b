import { and, eq, inArray, ne } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { customerAssets, customerContacts, customerPhones, customers, users } from '@/db/schema';
import type { Actor, UseCaseContext } from '@/lib/server/context';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import { findInScope } from '@/lib/server/find-in-scope';
import { defineUseCase } from '@/lib/server/use-case';
import {
  blockCustomerSchema,
  createCustomerSchema,
  creditSchema,
  customerIdSchema,
  transferSchema,
  updateCustomerSchema,
  updateOwnContactsSchema,
  type CustomerInput,
} from './schemas';
import { customerScope } from './scope';
import { buildSearchText } from './search-text';

type Contacts = Pick<CustomerInput, 'phones' | 'contacts'>;

/** The record's own columns from a validated input; the delivery address falls back to the main one. */
function addressColumns(input: Omit<CustomerInput, 'document' | 'name' | 'tradeName' | 'stateRegistration' | 'representativeId' | 'companySize' | 'useType' | 'tags' | 'notes' | 'assets'>) {
  const same = input.deliverySameAsMain || !input.deliveryCity;
  return {
    email: input.email,
    cep: input.cep,
    street: input.street,
    number: input.number,
    complement: input.complement,
    district: input.district,
    city: input.city,
    uf: input.uf,
    deliveryCep: same ? null : input.deliveryCep,
    deliveryStreet: same ? null : input.deliveryStreet,
    deliveryNumber: same ? null : input.deliveryNumber,
    deliveryComplement: same ? null : input.deliveryComplement,
    deliveryDistrict: same ? null : input.deliveryDistrict,
    deliveryCity: same ? null : input.deliveryCity,
    deliveryUf: same ? null : input.deliveryUf,
  };
}

/** The customer's own columns from a validated form (company size only applies to companies). */
function recordColumns(input: CustomerInput, representativeId: string | null) {
  const { document, documentType } = input.document;
  return {
    document,
    documentType,
    name: input.name,
    tradeName: input.tradeName,
    stateRegistration: input.stateRegistration,
    ...addressColumns(input),
    representativeId,
    companySize: documentType === 'cnpj' ? input.companySize : null,
    useType: input.useType,
    tags: input.tags,
    notes: input.notes,
  };
}

async function assertDocumentFree(db: DbExecutor, document: string, exceptId?: string) {
  const [clash] = await db
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.document, document), exceptId ? ne(customers.id, exceptId) : undefined))
    .limit(1);
  if (clash) throw new DomainError('validation.documentTaken', 'document', { existingId: clash.id });
}

async function assertAssetsFree(db: DbExecutor, assets: CustomerInput['assets'], customerId?: string) {
  for (const [i, a] of assets.entries()) {
    const [clash] = await db
      .select({ customerId: customerAssets.customerId })
      .from(customerAssets)
      .where(and(eq(customerAssets.kind, a.kind), eq(customerAssets.value, a.value)))
      .limit(1);
    if (clash && clash.customerId !== customerId) throw new DomainError('validation.assetTaken', `assets.${i}.value`);
  }
}

/** A representative always works within its own portfolio; staff may pick any active representative. */
async function representativeFor(db: DbExecutor, actor: Actor, requested: string | null, current?: string | null): Promise<string | null> {
  if (actor.role === 'representante') return current === undefined ? actor.userId : current;
  if (!requested) return null;
  const [rep] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, requested), eq(users.role, 'representante'), eq(users.status, 'active')));
  if (!rep) throw new DomainError('validation.invalidOption', 'representativeId');
  return rep.id;
}

async function replaceContacts(db: DbExecutor, customerId: string, input: Contacts) {
  await db.delete(customerPhones).where(eq(customerPhones.customerId, customerId));
  await db.delete(customerContacts).where(eq(customerContacts.customerId, customerId));
  if (input.phones.length) await db.insert(customerPhones).values(input.phones.map((p, position) => ({ ...p, customerId, position })));
  if (input.contacts.length) await db.insert(customerContacts).values(input.contacts.map((c, position) => ({ ...c, customerId, position })));
}

async function replaceAssets(db: DbExecutor, customerId: string, assets: CustomerInput['assets']) {
  await db.delete(customerAssets).where(eq(customerAssets.customerId, customerId));
  if (assets.length) await db.insert(customerAssets).values(assets.map((a) => ({ ...a, customerId })));
}

/** Recomputes the search text from what is stored now (record, phones, assets). */
export async function refreshSearchText(db: DbExecutor, customerId: string) {
  const [c] = await db.select().from(customers).where(eq(customers.id, customerId));
  if (!c) return;
  const [phones, assets] = await Promise.all([
    db.select({ n: customerPhones.number }).from(customerPhones).where(eq(customerPhones.customerId, customerId)),
    db.select({ v: customerAssets.value }).from(customerAssets).where(eq(customerAssets.customerId, customerId)),
  ]);
  const searchText = buildSearchText({ ...c, phones: phones.map((p) => p.n), assets: assets.map((a) => a.v) });
  await db.update(customers).set({ searchText }).where(eq(customers.id, customerId));
}

/** A full snapshot for the audit log. */
export async function customerSnapshot(db: DbExecutor, id: string) {
  const [record] = await db.select().from(customers).where(eq(customers.id, id));
  if (!record) return null;
  const { searchText: _searchText, ...rest } = record;
  const [phones, contacts, assets] = await Promise.all([
    db.select({ number: customerPhones.number, label: customerPhones.label, isWhatsapp: customerPhones.isWhatsapp }).from(customerPhones).where(eq(customerPhones.customerId, id)),
    db.select({ name: customerContacts.name, role: customerContacts.role, email: customerContacts.email, phone: customerContacts.phone }).from(customerContacts).where(eq(customerContacts.customerId, id)),
    db.select({ kind: customerAssets.kind, value: customerAssets.value, description: customerAssets.description }).from(customerAssets).where(eq(customerAssets.customerId, id)),
  ]);
  return { ...rest, phones, contacts, assets };
}

/** Locks a customer the actor may change, or answers as if it did not exist. */
function lockInScope(ctx: UseCaseContext, id: string) {
  return findInScope(ctx.db, customers, id, customerScope(ctx.actor));
}

export const createCustomer = defineUseCase({
  name: 'customers.create',
  permission: 'customers.create',
  schema: createCustomerSchema,
  async run(ctx, input) {
    await assertDocumentFree(ctx.db, input.document.document);
    await assertAssetsFree(ctx.db, input.assets);
    const representativeId = await representativeFor(ctx.db, ctx.actor, input.representativeId);
    const [created] = await ctx.db
      .insert(customers)
      .values(recordColumns(input, representativeId))
      .returning({ id: customers.id });
    const id = created!.id;
    await replaceContacts(ctx.db, id, input);
    await replaceAssets(ctx.db, id, input.assets);
    await refreshSearchText(ctx.db, id);
    ctx.audit({ action: 'customers.create', entity: 'customer', entityId: id, after: await customerSnapshot(ctx.db, id) });
    return { id };
  },
});

export const updateCustomer = defineUseCase({
  name: 'customers.update',
  permission: 'customers.update',
  schema: updateCustomerSchema,
  async run(ctx, input) {
    const current = await lockInScope(ctx, input.id);
    const before = await customerSnapshot(ctx.db, input.id);
    await assertDocumentFree(ctx.db, input.document.document, input.id);
    await assertAssetsFree(ctx.db, input.assets, input.id);
    const representativeId = await representativeFor(ctx.db, ctx.actor, input.representativeId, current.representativeId);
    await ctx.db
      .update(customers)
      .set({ ...recordColumns(input, representativeId), updatedAt: new Date() })
      .where(eq(customers.id, input.id));
    await replaceContacts(ctx.db, input.id, input);
    await replaceAssets(ctx.db, input.id, input.assets);
    await refreshSearchText(ctx.db, input.id);
    ctx.audit({ action: 'customers.update', entity: 'customer', entityId: input.id, before, after: await customerSnapshot(ctx.db, input.id) });
    return { id: input.id };
  },
});

/** A shop keeps its own contacts, phones and addresses up to date; the rest of its record is the brand's. */
export const updateOwnContacts = defineUseCase({
  name: 'customers.update_contacts',
  permission: 'customers.contacts',
  schema: updateOwnContactsSchema,
  async run(ctx, input) {
    if (!ctx.actor.customerId) throw new NotFoundError();
    const id = (await lockInScope(ctx, ctx.actor.customerId)).id;
    const before = await customerSnapshot(ctx.db, id);
    await ctx.db.update(customers).set({ ...addressColumns(input), updatedAt: new Date() }).where(eq(customers.id, id));
    await replaceContacts(ctx.db, id, input);
    await refreshSearchText(ctx.db, id);
    ctx.audit({ action: 'customers.update_contacts', entity: 'customer', entityId: id, before, after: await customerSnapshot(ctx.db, id) });
    return { id };
  },
});

export const setCreditLimit = defineUseCase({
  name: 'customers.credit_limit',
  permission: 'customers.credit',
  schema: creditSchema,
  async run(ctx, input) {
    await lockInScope(ctx, input.id);
    const [before] = await ctx.db.select({ creditLimitCents: customers.creditLimitCents }).from(customers).where(eq(customers.id, input.id));
    await ctx.db.update(customers).set({ creditLimitCents: input.creditLimit, updatedAt: new Date() }).where(eq(customers.id, input.id));
    ctx.audit({ action: 'customers.credit_limit', entity: 'customer', entityId: input.id, before, after: { creditLimitCents: input.creditLimit } });
    return { id: input.id };
  },
});

export const blockCustomer = defineUseCase({
  name: 'customers.block',
  permission: 'customers.credit',
  schema: blockCustomerSchema,
  async run(ctx, input) {
    const current = await lockInScope(ctx, input.id);
    if (current.status === 'blocked') throw new DomainError('errors.customerAlreadyBlocked');
    const after = { status: 'blocked' as const, blockedReason: input.reason, blockedAt: new Date(), blockedById: ctx.actor.userId };
    await ctx.db.update(customers).set({ ...after, updatedAt: new Date() }).where(eq(customers.id, input.id));
    ctx.audit({ action: 'customers.block', entity: 'customer', entityId: input.id, before: { status: current.status }, after });
    return { id: input.id };
  },
});

export const unblockCustomer = defineUseCase({
  name: 'customers.unblock',
  permission: 'customers.credit',
  schema: customerIdSchema,
  async run(ctx, input) {
    const current = await lockInScope(ctx, input.id);
    if (current.status === 'active') throw new DomainError('errors.customerNotBlocked');
    await ctx.db
      .update(customers)
      .set({ status: 'active', blockedReason: null, blockedAt: null, blockedById: null, updatedAt: new Date() })
      .where(eq(customers.id, input.id));
    ctx.audit({ action: 'customers.unblock', entity: 'customer', entityId: input.id, before: { status: 'blocked' }, after: { status: 'active' } });
    return { id: input.id };
  },
});

/** Moves one or many customers to another representative's portfolio; one audit row per customer. */
export const transferCustomers = defineUseCase({
  name: 'customers.transfer',
  permission: 'customers.transfer',
  schema: transferSchema,
  async run(ctx, input) {
    const to = await representativeFor(ctx.db, ctx.actor, input.representativeId);
    const rows = await ctx.db
      .select({ id: customers.id, representativeId: customers.representativeId })
      .from(customers)
      .where(and(inArray(customers.id, input.customerIds), customerScope(ctx.actor)))
      .for('update');
    if (rows.length !== new Set(input.customerIds).size) throw new NotFoundError();
    const moving = rows.filter((r) => r.representativeId !== to);
    if (moving.length) {
      await ctx.db.update(customers).set({ representativeId: to, updatedAt: new Date() }).where(inArray(customers.id, moving.map((r) => r.id)));
    }
    for (const r of moving) {
      ctx.audit({ action: 'customers.transfer', entity: 'customer', entityId: r.id, before: { representativeId: r.representativeId }, after: { representativeId: to } });
    }
    return { moved: moving.length };
  },
});
