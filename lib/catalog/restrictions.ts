import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { customerGroupMembers, customers, productRestrictions, products } from '@/db/schema';
import { NotFoundError } from '@/lib/server/errors';
import { brandProduct } from './ownership';

/** Who is looking: what a restriction can be aimed at. */
export type Audience = { customerId: string; groupId: string | null; uf: string; companySize: string | null };

export async function audienceOf(db: DbExecutor, customerId: string): Promise<Audience | null> {
  const [row] = await db
    .select({ customerId: customers.id, groupId: customerGroupMembers.groupId, uf: customers.uf, companySize: customers.companySize })
    .from(customers)
    .leftJoin(customerGroupMembers, eq(customerGroupMembers.customerId, customers.id))
    .where(eq(customers.id, customerId));
  return row ?? null;
}

/**
 * The one rule: a product of the brand's catalog (never a shop's own) is visible to an audience unless a restriction names the product, its
 * category or its collection, for the customer, its group, its UF or its company size.
 */
export function visibleTo(audience: Audience | null): SQL {
  if (!audience) return brandProduct();
  const r = productRestrictions;
  const audienceMatch = sql`(
    (${r.audienceKind} = 'customer' AND ${r.audienceValue} = ${audience.customerId})
    OR (${r.audienceKind} = 'uf' AND ${r.audienceValue} = ${audience.uf})
    ${audience.groupId ? sql`OR (${r.audienceKind} = 'group' AND ${r.audienceValue} = ${audience.groupId})` : sql``}
    ${audience.companySize ? sql`OR (${r.audienceKind} = 'size' AND ${r.audienceValue} = ${audience.companySize})` : sql``}
  )`;
  const outer = sql.raw('"products"');
  const targetMatch = sql`(
    (${r.targetKind} = 'product' AND ${r.targetValue} = ${outer}."id"::text)
    OR (${r.targetKind} = 'category' AND ${r.targetValue} = ${outer}."category")
    OR (${r.targetKind} = 'collection' AND ${r.targetValue} = ${outer}."collection")
  )`;
  return sql`(${brandProduct()} AND NOT EXISTS (SELECT 1 FROM ${r} WHERE ${targetMatch} AND ${audienceMatch}))`;
}

/** For every later order action: refuses a product the customer may not see, as if it did not exist. */
export async function assertProductAllowed(db: DbExecutor, customerId: string, productId: string): Promise<void> {
  const audience = await audienceOf(db, customerId);
  const [row] = await db
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.id, productId), eq(products.active, true), visibleTo(audience)));
  if (!row) throw new NotFoundError();
}
