import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { customers, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import type { Actor } from '@/lib/server/context';
import { customerScope } from './scope';

export async function countCustomersByUf(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'customers.read');
  return db
    .select({
      uf: customers.uf,
      total: sql<number>`count(*)::int`,
      companies: sql<number>`count(*) filter (where ${customers.documentType} = 'cnpj')::int`,
      individuals: sql<number>`count(*) filter (where ${customers.documentType} = 'cpf')::int`,
    })
    .from(customers)
    .where(customerScope(actor))
    .groupBy(customers.uf)
    .orderBy(desc(sql`count(*)`), asc(customers.uf));
}

export async function listCustomersInScope(db: DbExecutor, actor: Actor, limit = 50) {
  assertCan(actor, 'customers.read');
  return db
    .select({
      id: customers.id,
      name: customers.name,
      document: customers.document,
      documentType: customers.documentType,
      uf: customers.uf,
      representativeName: users.name,
      createdAt: customers.createdAt,
    })
    .from(customers)
    .leftJoin(users, eq(users.id, customers.representativeId))
    .where(customerScope(actor))
    .orderBy(asc(customers.name))
    .limit(limit);
}

export async function getOwnCustomer(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'customers.read');
  if (!actor.customerId) return null;
  const [row] = await db
    .select({
      id: customers.id,
      name: customers.name,
      document: customers.document,
      documentType: customers.documentType,
      uf: customers.uf,
      representativeName: users.name,
      representativeEmail: users.email,
    })
    .from(customers)
    .leftJoin(users, eq(users.id, customers.representativeId))
    .where(and(customerScope(actor), eq(customers.id, actor.customerId)));
  return row ?? null;
}

export async function countRepresentatives(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'customers.read');
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      customers: sql<number>`count(${customers.id})::int`,
    })
    .from(users)
    .leftJoin(customers, eq(customers.representativeId, users.id))
    .where(and(eq(users.role, 'representante'), customerScope(actor)))
    .groupBy(users.id, users.name)
    .orderBy(desc(sql`count(${customers.id})`));
  return rows;
}
