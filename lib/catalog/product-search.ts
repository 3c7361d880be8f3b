import { and, asc, ilike, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { products } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import { cleanText } from '@/lib/server/clean-input';
import type { Actor } from '@/lib/server/context';
import type { RouteContext, RouteParams } from '@/lib/server/route-core';
import { MIN_SEARCH_LENGTH } from '@/lib/search-length';
import { containsPattern } from '@/lib/server/search';
import { toProductSuggestion, type ProductSuggestion } from './product-suggestion';
import { brandProduct } from './ownership';

/**
 * The catalog team's product search (pickers): reference or name containing what is typed, the
 * reference typed exactly first, then those it starts, then by name; inactive products included.
 */
export async function searchProducts(db: DbExecutor, actor: Actor, query: string, limit = 10): Promise<ProductSuggestion[]> {
  assertCan(actor, 'catalog.manage');
  const q = query.trim();
  if (q.length < MIN_SEARCH_LENGTH) return [];
  const like = containsPattern(q);
  const rows = await db
    .select({ id: products.id, name: products.name, reference: products.reference, collection: products.collection, category: products.category })
    .from(products)
    .where(and(brandProduct(), or(ilike(products.reference, like), ilike(products.name, like))))
    .orderBy(sql`lower(${products.reference}) = lower(${q}) desc`, sql`${products.reference} ilike ${`${like.slice(1)}`} desc`, asc(products.name), asc(products.id))
    .limit(limit);
  return rows.map(toProductSuggestion);
}

/** The search route's answer: `{ results }` for `?q=`, never cached. */
export async function productSearchRoute({ db, actor, searchParams }: RouteContext<RouteParams, 'catalog.manage'>): Promise<Response> {
  const q = cleanText(searchParams.get('q') ?? '').slice(0, 100);
  return Response.json({ results: await searchProducts(db, actor, q) }, { headers: { 'Cache-Control': 'no-store' } });
}
