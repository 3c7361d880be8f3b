import 'server-only';
import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import type { DbExecutor } from '@/db/client';
import { customers, shops, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import type { Actor } from '@/lib/server/context';
import { NotFoundError } from '@/lib/server/errors';
import { inIdOrder } from '@/lib/csv';
import { isUuid } from '@/lib/server/ids';
import { containsPattern } from '@/lib/server/search';
import { USER_PAGE_SIZE, type UserFilter } from './filters';

const listColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  status: users.status,
  link: sql<string | null>`coalesce(${customers.name}, ${shops.name})`,
  lastLoginAt: users.lastLoginAt,
};

const SORTS = { name: users.name, email: users.email, role: users.role, lastLogin: users.lastLoginAt };

function userWhere(f: UserFilter): SQL | undefined {
  const like = f.q ? containsPattern(f.q) : undefined;
  return and(
    like ? or(ilike(users.name, like), ilike(users.email, like), ilike(customers.name, like), ilike(shops.name, like)) : undefined,
    f.role ? eq(users.role, f.role) : undefined,
    f.status ? eq(users.status, f.status) : undefined,
  );
}

const withLinks = <T extends PgSelect>(q: T) => q.leftJoin(customers, eq(customers.id, users.customerId)).leftJoin(shops, eq(shops.id, users.shopId));

/** Who accesses Venda, filtered, sorted (never-logged-in last) and paginated on the server, with the customer or shop each login belongs to. */
export async function listUsers(db: DbExecutor, actor: Actor, f: UserFilter) {
  assertCan(actor, 'users.read');
  const where = userWhere(f);
  const order = f.dir === 'asc' ? asc(SORTS[f.sort]) : sql`${SORTS[f.sort]} desc nulls last`;
  const [rows, [count]] = await Promise.all([
    withLinks(db.select(listColumns).from(users).$dynamic())
      .where(where)
      .orderBy(order, asc(users.name), asc(users.id))
      .limit(USER_PAGE_SIZE)
      .offset((f.page - 1) * USER_PAGE_SIZE),
    withLinks(db.select({ n: sql<number>`count(*)::int` }).from(users).$dynamic()).where(where),
  ]);
  return { rows, total: count?.n ?? 0, page: f.page, pageSize: USER_PAGE_SIZE };
}
export type UserListRow = Awaited<ReturnType<typeof listUsers>>['rows'][number];

/** Everything filtered, in the table's order, for the CSV export (the order fixed first, so an edit during the export cannot move a row). */
export async function* iterateUsersForExport(db: DbExecutor, actor: Actor, f: UserFilter) {
  assertCan(actor, 'users.read');
  const order = f.dir === 'asc' ? asc(SORTS[f.sort]) : sql`${SORTS[f.sort]} desc nulls last`;
  const ids = (await withLinks(db.select({ id: users.id }).from(users).$dynamic()).where(userWhere(f)).orderBy(order, asc(users.name), asc(users.id))).map((r) => r.id);
  yield* inIdOrder(ids, (chunk) => withLinks(db.select(listColumns).from(users).$dynamic()).where(inArray(users.id, chunk)));
}

export async function getUser(db: DbExecutor, actor: Actor, id: string) {
  assertCan(actor, 'users.read');
  if (!isUuid(id)) throw new NotFoundError();
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      status: users.status,
      locale: users.locale,
      customerId: users.customerId,
      shopId: users.shopId,
      blockedAt: users.blockedAt,
      blockedReason: users.blockedReason,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  if (!row) throw new NotFoundError();
  return row;
}

export async function countUsersByRole(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'users.read');
  return db
    .select({ role: users.role, total: sql<number>`count(*)::int`, blocked: sql<number>`count(*) filter (where ${users.status} = 'blocked')::int` })
    .from(users)
    .groupBy(users.role);
}

/** The shops a `usuario` user can be linked to (a `lojista` is linked to a customer through the customer picker). */
export async function listShopOptions(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'users.write');
  return db.select({ id: shops.id, name: shops.name }).from(shops).orderBy(asc(shops.name));
}
