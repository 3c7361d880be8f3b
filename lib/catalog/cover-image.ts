import { sql, type SQL } from 'drizzle-orm';
import { productImages } from '@/db/schema';

/** The first image (by position) of the `products` row being selected, for a thumbnail; null without images. */
export function coverImageId(): SQL<string | null> {
  return sql<string | null>`(select ci.id from ${productImages} ci where ci.product_id = ${sql.raw('"products"."id"')} order by ci.position, ci.created_at limit 1)`;
}
