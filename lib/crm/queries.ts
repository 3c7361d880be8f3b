import 'server-only';
import { and, asc, desc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { auditLog, customerAssets, customerContacts, customerPhones, customers, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import type { Actor } from '@/lib/server/context';
import { NotFoundError } from '@/lib/server/errors';
import { CUSTOMER_PAGE_SIZE, type CustomerFilter } from './schemas';
import { customerScope } from './scope';
import { searchTerms } from './search-text';
import { toSuggestion, type CustomerSuggestion } from './suggestion';
import { isUuid } from '@/lib/server/ids';
import { inKeysetChunks } from '@/lib/csv';
import { containsPattern } from '@/lib/server/search';
import { openOrdersCentsSql } from '@/lib/orders/credit';

/** Qualified explicitly: Drizzle leaves columns unqualified in single-table selects, which would bind to the subquery's own table. */
const OUTER_CUSTOMER_ID = sql.raw('"customers"."id"');

function matchSearch(query: string | undefined): SQL | undefined {
  if (!query) return undefined;
  const terms = searchTerms(query);
  if (!terms.length) return undefined;
  return or(...terms.map((t) => sql`${customers.searchText} LIKE ${containsPattern(t)}`));
}

function whereFor(actor: Actor, f: CustomerFilter): SQL | undefined {
  return and(
    customerScope(actor),
    matchSearch(f.q),
    f.rep === 'none' ? isNull(customers.representativeId) : f.rep ? eq(customers.representativeId, f.rep) : undefined,
    f.uf ? eq(customers.uf, f.uf) : undefined,
    f.city ? sql`lower(${customers.city}) = lower(${f.city})` : undefined,
    f.size ? eq(customers.companySize, f.size) : undefined,
    f.use ? eq(customers.useType, f.use) : undefined,
    f.status ? eq(customers.status, f.status) : undefined,
    f.tag ? sql`${f.tag} = ANY(${customers.tags})` : undefined,
  );
}

const SORTS = {
  name: customers.name,
  uf: customers.uf,
  city: customers.city,
  createdAt: customers.createdAt,
  creditLimit: customers.creditLimitCents,
} as const satisfies Record<CustomerFilter['sort'], unknown>;

const listColumns = {
  id: customers.id,
  name: customers.name,
  tradeName: customers.tradeName,
  document: customers.document,
  documentType: customers.documentType,
  city: customers.city,
  uf: customers.uf,
  companySize: customers.companySize,
  useType: customers.useType,
  status: customers.status,
  creditLimitCents: customers.creditLimitCents,
  tags: customers.tags,
  representativeId: customers.representativeId,
  representativeName: users.name,
  createdAt: customers.createdAt,
};

/** One page of the customers the actor may see, filtered and sorted on the server. */
export async function listCustomers(db: DbExecutor, actor: Actor, filter: CustomerFilter, pageSize = CUSTOMER_PAGE_SIZE) {
  assertCan(actor, 'customers.read');
  const where = whereFor(actor, filter);
  const order = filter.dir === 'desc' ? desc(SORTS[filter.sort]) : asc(SORTS[filter.sort]);
  const [rows, [count]] = await Promise.all([
    db
      // What each customer owes in open orders, by the approval's own credit rule, in the same query.
      .select({ ...listColumns, openCents: openOrdersCentsSql(customers.id) })
      .from(customers)
      .leftJoin(users, eq(users.id, customers.representativeId))
      .where(where)
      .orderBy(order, asc(customers.id))
      .limit(pageSize)
      .offset((filter.page - 1) * pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(customers).where(where),
  ]);
  return { rows, total: count?.n ?? 0, page: filter.page, pageSize };
}

export type CustomerListRow = Awaited<ReturnType<typeof listCustomers>>['rows'][number];

/** Every customer matching the filter, with phones and assets, in chunks (CSV export). */
export function iterateCustomersForExport(db: DbExecutor, actor: Actor, filter: CustomerFilter) {
  assertCan(actor, 'customers.export');
  const where = whereFor(actor, filter);
  return inKeysetChunks(
    (after, limit) =>
    db
      .select({
        ...listColumns,
        stateRegistration: customers.stateRegistration,
        email: customers.email,
        cep: customers.cep,
        street: customers.street,
        number: customers.number,
        complement: customers.complement,
        district: customers.district,
        notes: customers.notes,
        representativeEmail: users.email,
        phones: sql<string>`coalesce((select string_agg(p.number || case when p.is_whatsapp then '*' else '' end, ' ' order by p.position) from ${customerPhones} p where p.customer_id = ${OUTER_CUSTOMER_ID}), '')`,
        plates: sql<string>`coalesce((select string_agg(a.value, ' ' order by a.value) from ${customerAssets} a where a.customer_id = ${OUTER_CUSTOMER_ID} and a.kind = 'plate'), '')`,
        serials: sql<string>`coalesce((select string_agg(a.value, ' ' order by a.value) from ${customerAssets} a where a.customer_id = ${OUTER_CUSTOMER_ID} and a.kind = 'serial'), '')`,
      })
      .from(customers)
      .leftJoin(users, eq(users.id, customers.representativeId))
      .where(and(where, after))
      .orderBy(asc(customers.name), asc(customers.id))
      .limit(limit),
    (last) => sql`(${customers.name}, ${customers.id}) > (${last.name}, ${last.id})`,
  );
}

const suggestionColumns = { id: customers.id, name: customers.name, tradeName: customers.tradeName, document: customers.document, city: customers.city, uf: customers.uf };

/** Search-as-you-type: a few best matches within the actor's scope, as the search boxes and pickers show them. */
export async function searchCustomers(db: DbExecutor, actor: Actor, query: string, limit = 8): Promise<CustomerSuggestion[]> {
  assertCan(actor, 'customers.read');
  const match = matchSearch(query);
  if (!match) return [];
  const rows = await db
    .select(suggestionColumns)
    .from(customers)
    .where(and(customerScope(actor), match))
    .orderBy(sql`similarity(${customers.searchText}, ${searchTerms(query)[0] ?? ''}) DESC`, asc(customers.name))
    .limit(limit);
  return rows.map(toSuggestion);
}

/** A picker's current choice, shown as the search shows it; null when there is none or it is outside the actor's scope. */
export async function findCustomerSuggestion(db: DbExecutor, actor: Actor, id: string | null | undefined): Promise<CustomerSuggestion | null> {
  assertCan(actor, 'customers.read');
  if (!id || !isUuid(id)) return null;
  const [row] = await db
    .select(suggestionColumns)
    .from(customers)
    .where(and(eq(customers.id, id), customerScope(actor)));
  return row ? toSuggestion(row) : null;
}

/** The full record, or not-found when it is outside the actor's scope. */
export async function getCustomer(db: DbExecutor, actor: Actor, id: string) {
  assertCan(actor, 'customers.read');
  if (!isUuid(id)) throw new NotFoundError();
  const [record] = await db
    .select({
      customer: customers,
      representativeName: users.name,
      representativeEmail: users.email,
      blockedByName: sql<string | null>`(select u.name from ${users} u where u.id = ${customers.blockedById})`,
    })
    .from(customers)
    .leftJoin(users, eq(users.id, customers.representativeId))
    .where(and(eq(customers.id, id), customerScope(actor)));
  if (!record) throw new NotFoundError();
  const [phones, contacts, assets] = await Promise.all([
    db.select().from(customerPhones).where(eq(customerPhones.customerId, id)).orderBy(asc(customerPhones.position)),
    db.select().from(customerContacts).where(eq(customerContacts.customerId, id)).orderBy(asc(customerContacts.position)),
    db.select().from(customerAssets).where(eq(customerAssets.customerId, id)).orderBy(asc(customerAssets.kind), asc(customerAssets.value)),
  ]);
  const { searchText: _s, ...customer } = record.customer;
  return { ...customer, representativeName: record.representativeName, representativeEmail: record.representativeEmail, blockedByName: record.blockedByName, phones, contacts, assets };
}

export type CustomerDetail = Awaited<ReturnType<typeof getCustomer>>;

/** What happened to a customer, newest first (audit rows now; orders, returns and payments later). */
export async function customerTimeline(db: DbExecutor, actor: Actor, id: string, limit = 50) {
  await getCustomer(db, actor, id);
  return db
    .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, actorName: users.name, before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entity, 'customer'), eq(auditLog.entityId, id)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
}

export async function listRepresentativeOptions(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'customers.read');
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.role, 'representante'), eq(users.status, 'active')))
    .orderBy(asc(users.name));
}

export async function countCustomersByUf(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'customers.read');
  return db
    .select({
      uf: customers.uf,
      total: sql<number>`count(*)::int`,
      companies: sql<number>`count(*) filter (where ${customers.documentType} = 'cnpj')::int`,
      individuals: sql<number>`count(*) filter (where ${customers.documentType} = 'cpf')::int`,
      blocked: sql<number>`count(*) filter (where ${customers.status} = 'blocked')::int`,
    })
    .from(customers)
    .where(customerScope(actor))
    .groupBy(customers.uf)
    .orderBy(desc(sql`count(*)`), asc(customers.uf));
}

export async function listCustomersInScope(db: DbExecutor, actor: Actor, limit = 50) {
  const page = await listCustomers(db, actor, { sort: 'name', dir: 'asc', page: 1 }, limit);
  return page.rows;
}

export async function getOwnCustomer(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'customers.read');
  if (!actor.customerId) return null;
  return getCustomer(db, actor, actor.customerId).catch((e) => {
    if (e instanceof NotFoundError) return null;
    throw e;
  });
}

export async function countRepresentatives(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'customers.read');
  return db
    .select({ id: users.id, name: users.name, customers: sql<number>`count(${customers.id})::int` })
    .from(users)
    .leftJoin(customers, and(eq(customers.representativeId, users.id), customerScope(actor)))
    .where(eq(users.role, 'representante'))
    .groupBy(users.id, users.name)
    .orderBy(desc(sql`count(${customers.id})`));
}

export async function customerTags(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'customers.read');
  const rows = await db
    .selectDistinct({ tag: sql<string>`unnest(${customers.tags})` })
    .from(customers)
    .where(customerScope(actor));
  return rows.map((r) => r.tag).sort();
}
