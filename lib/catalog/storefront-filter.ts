import { and, eq, gte, ilike, lte, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { products, productVariants } from '@/db/schema';
import { centsToInput, parseMoneyCents } from '@/lib/money';
import { listPriceSql } from '@/lib/pricing/price-for';
import { isUuid } from '@/lib/server/ids';
import { containsPattern } from '@/lib/server/search';
import { visibleTo, type Audience } from './restrictions';

/** Products a storefront page shows unless the URL asks otherwise ("Carregar mais" adds as many). */
export const STOREFRONT_PAGE_SIZE = 48;
const PAGE_SIZE_MIN = 12;
const PAGE_SIZE_MAX = 96;

/** Where a page of the storefront stops: the sort key (name, then id) of the last product shown. */
export type StorefrontCursor = { name: string; id: string };

/** The cursor as it travels in the URL (`ate`): base64url of `[name, id]`. */
export function encodeCursor(c: StorefrontCursor): string {
  return Buffer.from(JSON.stringify([c.name, c.id])).toString('base64url');
}

export function decodeCursor(value: string): StorefrontCursor | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && parsed[0].length <= 300 && isUuid(parsed[1])) return { name: parsed[0], id: parsed[1] };
  } catch {
    // Not a cursor this app wrote: start from the top.
  }
  return undefined;
}

const priceBound = z
  .string()
  .optional()
  .transform((v) => (v ? (parseMoneyCents(v.trim()) ?? undefined) : undefined))
  .catch(undefined);

const text = (max: number) => z.string().trim().max(max).optional().catch(undefined);

export const storefrontFilterSchema = z.object({
  q: text(100),
  collection: text(80),
  category: text(80),
  size: text(10),
  color: text(60),
  // Empty boxes mean "no bound"; amounts are typed either way ("128,90" or "128.90").
  min: priceBound,
  max: priceBound,
  /** "Até": everything through this product is shown again, then the next page. */
  ate: z
    .string()
    .max(600)
    .optional()
    .transform((v) => (v ? decodeCursor(v) : undefined))
    .catch(undefined),
  /** Products per page, within bounds; anything else is the default. */
  por: z.coerce.number().int().min(PAGE_SIZE_MIN).max(PAGE_SIZE_MAX).optional().catch(undefined),
});
/** The storefront's filters and page; `min` and `max` are prices in cents. */
export type StorefrontFilter = Partial<z.output<typeof storefrontFilterSchema>>;

/** The filters that are also facets: each option shows how many products match it with the other filters. */
export const FACETS = ['collection', 'category', 'size', 'color'] as const;
export type Facet = (typeof FACETS)[number];

/** The `products` row of the enclosing query, spelled out: drizzle leaves a lone table's columns unqualified, which a subquery on variants would read as its own. */
export const outerProductId = sql.raw('"products"."id"');

const variantHas = (column: typeof productVariants.size | typeof productVariants.colorName, value: string) =>
  sql`EXISTS (SELECT 1 FROM ${productVariants} WHERE ${productVariants.productId} = ${outerProductId} AND ${column} = ${value})`;

/** Each facet's own condition on the `products` row, or undefined while that filter is empty. */
export function facetConditions(f: StorefrontFilter): Record<Facet, SQL | undefined> {
  return {
    collection: f.collection ? eq(products.collection, f.collection) : undefined,
    category: f.category ? eq(products.category, f.category) : undefined,
    size: f.size ? variantHas(productVariants.size, f.size) : undefined,
    color: f.color ? variantHas(productVariants.colorName, f.color) : undefined,
  };
}

/** What every storefront query keeps to: active products the audience may see, the search and the price bounds (read from the buyer's list). */
export function baseConditions(f: StorefrontFilter, listId: string | null, audience: Audience | null): SQL {
  const price = listPriceSql(listId, products.id);
  return and(
    eq(products.active, true),
    visibleTo(audience),
    f.q ? or(ilike(products.name, containsPattern(f.q)), ilike(products.reference, containsPattern(f.q))) : undefined,
    listId && f.min !== undefined ? gte(price, f.min) : undefined,
    listId && f.max !== undefined ? lte(price, f.max) : undefined,
  )!;
}

/** The filters as the URL carries them (prices as typed back into the boxes), for links that keep them. */
export function filterParams(f: StorefrontFilter) {
  return { q: f.q, collection: f.collection, category: f.category, size: f.size, color: f.color, min: centsToInput(f.min), max: centsToInput(f.max), por: f.por };
}
