import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { customers, shops, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import type { Actor } from '@/lib/server/context';
import { NotFoundError } from '@/lib/server/errors';
import { isUuid } from '@/lib/server/ids';

export type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

export async function listUsers(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'users.read');
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      status: users.status,
      locale: users.locale,
      customerName: customers.name,
      shopName: shops.name,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(customers, eq(customers.id, users.customerId))
    .leftJoin(shops, eq(shops.id, users.shopId))
    .orderBy(asc(users.name));
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
