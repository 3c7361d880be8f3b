import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { customers, shops, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import type { Actor } from '@/lib/server/context';
import { shopScope } from './scope';

export async function listShopsInScope(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'shops.read');
  return db
    .select({
      id: shops.id,
      name: shops.name,
      customerName: customers.name,
      uf: customers.uf,
      employees: sql<number>`(select count(*)::int from ${users} where ${users.shopId} = ${shops.id} and ${users.status} = 'active')`,
    })
    .from(shops)
    .innerJoin(customers, eq(customers.id, shops.customerId))
    .where(shopScope(actor))
    .orderBy(asc(shops.name));
}

export async function listShopColleagues(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'shops.read');
  if (!actor.shopId) return [];
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .innerJoin(shops, eq(shops.id, users.shopId))
    .where(and(shopScope(actor), eq(users.shopId, actor.shopId), eq(users.status, 'active')))
    .orderBy(asc(users.name));
}
