import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { products, productVariants } from '@/db/schema';
import { sortSizes } from './size-order';
import type { StorefrontContext } from './storefront';
import { baseConditions, FACETS, facetConditions, type Facet, type StorefrontFilter } from './storefront-filter';

export type FacetOption = { value: string; count: number };
export type StorefrontFacets = Record<Facet, FacetOption[]> & { total: number };

/** Where each facet's values come from: a product column, or its variants' distinct values (so a product counts once per value). */
const SOURCE: Record<Facet, SQL> = {
  collection: sql`b.collection`,
  category: sql`b.category`,
  size: sql`v.value`,
  color: sql`v.value`,
};
const VARIANT_COLUMN: Partial<Record<Facet, SQL>> = { size: sql`size`, color: sql`color_name` };

const flag = (facet: Facet) => sql.raw(`b.m_${facet}`);
const allFlags = (except?: Facet) => sql.join([sql`true`, ...FACETS.filter((f) => f !== except).map(flag)], sql` AND `);

/**
 * The storefront's facets in one statement: for each collection, category, size and color, how many
 * products the buyer may see match it together with every other filter (its own filter left out,
 * so the other options of a chosen facet keep their counts), and the total that match them all.
 * Restricted and inactive products are never counted. A chosen value that matches nothing stays
 * in its list with 0, so the form can show it.
 */
export async function storefrontFacets(db: DbExecutor, ctx: StorefrontContext, f: StorefrontFilter): Promise<StorefrontFacets> {
  const own = facetConditions(f);
  const matches = FACETS.map((facet) => sql`${own[facet] ?? sql`true`} AS ${sql.raw(`m_${facet}`)}`);
  const counts = FACETS.map((facet) => {
    // Each product's distinct sizes (colors) first, read from the variants' (product, color, size) index:
    // counting rows then needs no DISTINCT over every variant of the catalog.
    const column = VARIANT_COLUMN[facet];
    const join = column ? sql`JOIN LATERAL (SELECT DISTINCT ${column} AS value FROM ${productVariants} WHERE product_id = b.id) v ON true` : sql``;
    return sql`SELECT ${facet}::text AS facet, ${SOURCE[facet]} AS value, count(*)::int AS n FROM base b ${join}
      WHERE ${allFlags(facet)} AND ${SOURCE[facet]} IS NOT NULL AND ${SOURCE[facet]} <> '' GROUP BY ${SOURCE[facet]}`;
  });
  const rows = await db.execute<{ facet: Facet | 'total'; value: string | null; n: number }>(sql`
    WITH base AS (SELECT ${products.id} AS id, ${products.collection} AS collection, ${products.category} AS category, ${sql.join(matches, sql`, `)}
      FROM ${products} WHERE ${baseConditions(f, ctx.pricing?.listId ?? null, ctx.audience)})
    ${sql.join(counts, sql` UNION ALL `)}
    UNION ALL SELECT 'total', NULL, count(*)::int FROM base b WHERE ${allFlags()}`);

  const out: StorefrontFacets = { collection: [], category: [], size: [], color: [], total: 0 };
  for (const r of rows) {
    if (r.facet === 'total') out.total = r.n;
    else out[r.facet].push({ value: r.value!, count: r.n });
  }
  for (const facet of FACETS) {
    const chosen = f[facet];
    if (chosen && !out[facet].some((o) => o.value === chosen)) out[facet].push({ value: chosen, count: 0 });
    const count = new Map(out[facet].map((o) => [o.value, o.count]));
    const values = [...count.keys()];
    out[facet] = (facet === 'size' ? sortSizes(values) : values.sort((a, b) => a.localeCompare(b, 'pt-BR'))).map((value) => ({ value, count: count.get(value)! }));
  }
  return out;
}
