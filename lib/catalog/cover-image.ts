import { sql, type Column, type SQL } from 'drizzle-orm';
import { productImages } from '@/db/schema';

/** A product's first image (by position), for a list's thumbnail column; null without images. */
export function coverImageId(productId: Column | SQL): SQL<string | null> {
  return sql<string | null>`(select ${sql.raw('ci.id')} from ${productImages} ci where ci.product_id = ${productId} order by ci.position, ci.created_at limit 1)`;
}
