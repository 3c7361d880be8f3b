import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { products, productVariants, stockLevels } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import type { Actor } from '@/lib/server/context';

/** The catalog as the commercial team manages it: products with grid size and stock on hand. */
export async function listProducts(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'catalog.manage');
  return db
    .select({
      id: products.id,
      reference: products.reference,
      name: products.name,
      collection: products.collection,
      category: products.category,
      basePriceCents: products.basePriceCents,
      active: products.active,
      variants: sql<number>`(select count(*)::int from ${productVariants} v where v.product_id = ${sql.raw('"products"."id"')})`,
      onHand: sql<number>`(select coalesce(sum(s.on_hand), 0)::int from ${stockLevels} s join ${productVariants} v on v.id = s.variant_id where v.product_id = ${sql.raw('"products"."id"')})`,
    })
    .from(products)
    .orderBy(asc(products.reference));
}

export async function productExists(db: DbExecutor, id: string) {
  const [row] = await db.select({ id: products.id }).from(products).where(eq(products.id, id));
  return Boolean(row);
}
