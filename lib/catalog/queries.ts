import 'server-only';
import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { channels, customerGroups, customers, productImages, productPacks, productRestrictions, products, productVariants, stockLevels, stockLocations } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import type { Actor } from '@/lib/server/context';
import { isUuid } from '@/lib/server/ids';
import { containsPattern } from '@/lib/server/search';
import { inIdOrder } from '@/lib/csv';
import { coverImageId } from './cover-image';
import { PRODUCT_PAGE_SIZE, type ProductFilter } from './product-filters';
import { brandProduct } from './ownership';

const onHandSql = sql<number>`(select coalesce(sum(s.on_hand), 0)::int from ${stockLevels} s join ${stockLocations} l on l.id = s.location_id and l.kind = 'channel' join ${productVariants} v on v.id = s.variant_id where v.product_id = ${sql.raw('"products"."id"')})`;

const productListColumns = {
  id: products.id,
  reference: products.reference,
  name: products.name,
  collection: products.collection,
  category: products.category,
  basePriceCents: products.basePriceCents,
  active: products.active,
  variants: sql<number>`(select count(*)::int from ${productVariants} v where v.product_id = ${sql.raw('"products"."id"')})`,
  onHand: onHandSql,
  imageId: coverImageId(),
};

const PRODUCT_SORTS = {
  reference: products.reference,
  name: products.name,
  collection: products.collection,
  category: products.category,
  price: products.basePriceCents,
  onHand: onHandSql,
};

function productWhere(f: Pick<ProductFilter, 'q' | 'collection' | 'category' | 'active'>): SQL | undefined {
  const like = f.q ? containsPattern(f.q) : undefined;
  return and(
    brandProduct(),
    like ? or(ilike(products.reference, like), ilike(products.name, like)) : undefined,
    f.collection ? eq(products.collection, f.collection) : undefined,
    f.category ? eq(products.category, f.category) : undefined,
    f.active ? eq(products.active, f.active === 'yes') : undefined,
  );
}

/**
 * The catalog as the commercial team manages it — filtered, sorted and paginated on the server — with
 * grid size, stock on hand and a thumbnail. `first` (a product just created) leads the first page.
 */
export async function listProducts(db: DbExecutor, actor: Actor, f: ProductFilter, first?: string) {
  assertCan(actor, 'catalog.manage');
  const where = productWhere(f);
  const order = f.dir === 'asc' ? asc(PRODUCT_SORTS[f.sort]) : desc(PRODUCT_SORTS[f.sort]);
  const pinned = first && isUuid(first) && f.page === 1 ? [sql`${products.id} = ${first} desc`] : [];
  const [rows, [count]] = await Promise.all([
    db
      .select(productListColumns)
      .from(products)
      .where(where)
      .orderBy(...pinned, order, asc(products.reference))
      .limit(PRODUCT_PAGE_SIZE)
      .offset((f.page - 1) * PRODUCT_PAGE_SIZE),
    db.select({ n: sql<number>`count(*)::int` }).from(products).where(where),
  ]);
  return { rows, total: count?.n ?? 0, page: f.page, pageSize: PRODUCT_PAGE_SIZE };
}
export type ProductListRow = Awaited<ReturnType<typeof listProducts>>['rows'][number];

/**
 * Everything filtered, in the table's order, for the CSV export. The order (any column, either way,
 * nulls included) is fixed first as a list of ids, then the rows are read in chunks of those ids: a
 * product created or edited during the export cannot shift a row into or out of the file.
 */
export function iterateProductsForExport(db: DbExecutor, actor: Actor, f: ProductFilter, chunk = 500) {
  assertCan(actor, 'catalog.manage');
  return productsInOrder(db, f, chunk);
}

async function* productsInOrder(db: DbExecutor, f: ProductFilter, chunk: number) {
  const order = f.dir === 'asc' ? asc(PRODUCT_SORTS[f.sort]) : desc(PRODUCT_SORTS[f.sort]);
  const ids = (await db.select({ id: products.id }).from(products).where(productWhere(f)).orderBy(order, asc(products.reference))).map((r) => r.id);
  yield* inIdOrder(ids, (slice) => db.select(productListColumns).from(products).where(inArray(products.id, slice)), chunk);
}

/** The collections and categories in use, for the list's filter selects. */
export async function productFilterOptions(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'catalog.manage');
  const [collections, categories] = await Promise.all([
    db.selectDistinct({ v: products.collection }).from(products).where(brandProduct()).orderBy(products.collection),
    db.selectDistinct({ v: products.category }).from(products).where(brandProduct()).orderBy(products.category),
  ]);
  const values = (rows: { v: string | null }[]) => rows.map((r) => r.v).filter((v): v is string => Boolean(v));
  return { collections: values(collections), categories: values(categories) };
}

/** Restrictions with readable names for what and whom they name. */
export async function listRestrictions(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'catalog.manage');
  const r = productRestrictions;
  return db
    .select({
      id: r.id,
      targetKind: r.targetKind,
      targetValue: r.targetValue,
      audienceKind: r.audienceKind,
      audienceValue: r.audienceValue,
      targetLabel: sql<string>`coalesce((select p.reference || ' ' || p.name from ${products} p where ${r.targetKind} = 'product' and p.id::text = ${r.targetValue}), ${r.targetValue})`,
      audienceLabel: sql<string>`coalesce(
        (select c.name from ${customers} c where ${r.audienceKind} = 'customer' and c.id::text = ${r.audienceValue}),
        (select g.name from ${customerGroups} g where ${r.audienceKind} = 'group' and g.id::text = ${r.audienceValue}),
        ${r.audienceValue})`,
      createdAt: r.createdAt,
    })
    .from(r)
    .orderBy(asc(r.createdAt));
}

/** What a restriction can name, for the form's selects (a product or a customer is found with a picker instead). */
export async function restrictionOptions(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'catalog.manage');
  const [categories, collections, groups] = await Promise.all([
    db.selectDistinct({ v: products.category }).from(products).where(brandProduct()).orderBy(products.category),
    db.selectDistinct({ v: products.collection }).from(products).where(brandProduct()).orderBy(products.collection),
    db.select({ id: customerGroups.id, label: customerGroups.name }).from(customerGroups).orderBy(asc(customerGroups.name)),
  ]);
  const names = (rows: { v: string | null }[]) => rows.map((r) => r.v).filter((v): v is string => Boolean(v)).map((v) => ({ value: v, label: v }));
  return {
    category: names(categories),
    collection: names(collections),
    group: groups.map((g) => ({ value: g.id, label: g.label })),
  };
}

/** A product as the commercial team manages it: images, variants and stock per channel. */
export async function getProductAdmin(db: DbExecutor, actor: Actor, id: string) {
  assertCan(actor, 'catalog.manage');
  if (!isUuid(id)) return null;
  const [product] = await db.select().from(products).where(and(eq(products.id, id), brandProduct()));
  if (!product) return null;
  const [images, variants, chans, levels, packs] = await Promise.all([
    db.select().from(productImages).where(eq(productImages.productId, id)).orderBy(asc(productImages.position)),
    db.select().from(productVariants).where(eq(productVariants.productId, id)).orderBy(asc(productVariants.position)),
    db.select().from(channels).orderBy(asc(channels.code)),
    db
      .select({ channelId: sql<string>`${stockLocations.channelId}`, variantId: stockLevels.variantId, onHand: stockLevels.onHand, reserved: stockLevels.reserved, minimum: stockLevels.minimum })
      .from(stockLevels)
      .innerJoin(stockLocations, and(eq(stockLocations.id, stockLevels.locationId), eq(stockLocations.kind, 'channel')))
      .innerJoin(productVariants, eq(productVariants.id, stockLevels.variantId))
      .where(eq(productVariants.productId, id)),
    db.select().from(productPacks).where(eq(productPacks.productId, id)),
  ]);
  return { product, images, variants, channels: chans, levels, packs };
}

export async function listChannels(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'pricing.manage');
  return db
    .select({
      id: channels.id,
      code: channels.code,
      name: channels.name,
      uf: channels.uf,
      onHand: sql<number>`(select coalesce(sum(s.on_hand), 0)::int from ${stockLevels} s join ${stockLocations} l on l.id = s.location_id where l.channel_id = ${sql.raw('"channels"."id"')})`,
    })
    .from(channels)
    .orderBy(asc(channels.code));
}
