import 'server-only';
import { and, asc, desc, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { products, productVariants, stockLevels } from '@/db/schema';
import { listPriceSql } from '@/lib/pricing/price-for';
import { levelsAtChannel } from '@/lib/stock/queries';
import { coverImageId } from './cover-image';
import type { StorefrontContext } from './storefront';
import { baseConditions, facetConditions, outerProductId, STOREFRONT_PAGE_SIZE, type StorefrontCursor, type StorefrontFilter } from './storefront-filter';

/** The most products a page shows again before its cursor ("Carregar mais" clicked many times): the ones just before it. */
const MAX_THROUGH = 1000;

/** A product's colors (each once, in grid order), sizes (in grid order) and stock at the channel: correlated, so computed only for the rows shown. */
function cardColumns(channelId: string | null) {
  const v = productVariants;
  return {
    colors: sql<{ name: string; hex: string }[]>`(SELECT coalesce(json_agg(json_build_object('name', c.name, 'hex', c.hex) ORDER BY c.pos), '[]'::json)
      FROM (SELECT ${v.colorName} AS name, min(${v.colorHex}) AS hex, min(${v.position}) AS pos FROM ${v} WHERE ${v.productId} = ${outerProductId} GROUP BY ${v.colorName}) c)`,
    sizes: sql<string[]>`(SELECT coalesce(array_agg(s.size ORDER BY s.pos), '{}'::text[])
      FROM (SELECT ${v.size} AS size, min(${v.position}) AS pos FROM ${v} WHERE ${v.productId} = ${outerProductId} GROUP BY ${v.size}) s)`,
    available: channelId
      ? sql<number>`(SELECT coalesce(sum(${stockLevels.onHand} - ${stockLevels.reserved}), 0)::int FROM ${stockLevels} JOIN ${v} ON ${v.id} = ${stockLevels.variantId}
          WHERE ${v.productId} = ${outerProductId} AND ${levelsAtChannel(channelId)})`
      : sql<number>`0`,
  };
}

function selectCards(db: DbExecutor, ctx: StorefrontContext, where: SQL) {
  const listId = ctx.pricing?.listId ?? null;
  return db
    .select({
      id: products.id,
      reference: products.reference,
      name: products.name,
      collection: products.collection,
      category: products.category,
      priceCents: listId ? sql<number | null>`${listPriceSql(listId, products.id)}`.mapWith(Number) : sql<number | null>`null`,
      ...cardColumns(ctx.channel?.id ?? null),
      imageId: coverImageId(),
    })
    .from(products)
    .where(where);
}

export type StorefrontCard = Awaited<ReturnType<typeof selectCards>>[number];

const key = sql`(${products.name}, ${products.id})`;
const cursorKey = (c: StorefrontCursor) => sql`(${c.name}::text, ${c.id}::uuid)`;

/**
 * A page of the storefront grid in the one stable order (name, then id), with the customer's price,
 * colors, sizes and stock. Keyset, never OFFSET: with a cursor (`ate`, the last product the buyer
 * already saw) the products through it are shown again and the next `por` follow, so the link that
 * loads more works without JavaScript and the new page starts exactly after what was on screen.
 * One statement, two with a cursor, whatever the catalog size. `next` is null on the last page.
 */
export async function listStorefront(db: DbExecutor, ctx: StorefrontContext, f: StorefrontFilter): Promise<{ items: StorefrontCard[]; next: StorefrontCursor | null }> {
  const size = f.por ?? STOREFRONT_PAGE_SIZE;
  const where = and(baseConditions(f, ctx.pricing?.listId ?? null, ctx.audience), ...Object.values(facetConditions(f)))!;
  const cursor = f.ate;
  const [through, after] = await Promise.all([
    cursor
      ? selectCards(db, ctx, and(where, sql`${key} <= ${cursorKey(cursor)}`)!)
          .orderBy(desc(products.name), desc(products.id))
          .limit(MAX_THROUGH)
      : [],
    selectCards(db, ctx, cursor ? and(where, sql`${key} > ${cursorKey(cursor)}`)! : where)
      .orderBy(asc(products.name), asc(products.id))
      .limit(size + 1),
  ]);
  const items = [...through.reverse(), ...after.slice(0, size)];
  const last = items.at(-1);
  return { items, next: after.length > size && last ? { name: last.name, id: last.id } : null };
}
