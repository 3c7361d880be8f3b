import 'server-only';
import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { productImages, productVariants, products, shopProducts, shops, stockLevels, stockLocations, suppliers } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import { coverImageId } from '@/lib/catalog/cover-image';
import { inIdOrder } from '@/lib/csv';
import { retailPriceSql } from '@/lib/pricing/retail';
import type { Actor } from '@/lib/server/context';
import { isUuid } from '@/lib/server/ids';
import { containsPattern } from '@/lib/server/search';
import type { CurrentShop } from './current';
import { OWN_PRODUCTS_PAGE_SIZE, type OwnProductsFilter } from './own-product-schemas';
import { shopRecordScope } from './scope';

/* The shop's own products as its pages read them: the list (filtered, sorted, paged, exported) and one product. */

const onHandSql = sql<number>`(select coalesce(sum(s.on_hand), 0)::int from ${stockLevels} s join ${stockLocations} l on l.id = s.location_id and l.shop_id = ${sql.raw('"products"."shop_id"')} join ${productVariants} v on v.id = s.variant_id where v.product_id = ${sql.raw('"products"."id"')})`;

const listColumns = {
  id: products.id,
  reference: products.reference,
  name: products.name,
  category: products.category,
  brand: products.brand,
  active: products.active,
  costCents: shopProducts.costCents,
  ownPriceCents: shopProducts.priceCents,
  priceCents: retailPriceSql,
  supplier: suppliers.name,
  variants: sql<number>`(select count(*)::int from ${productVariants} v where v.product_id = ${sql.raw('"products"."id"')})`,
  onHand: onHandSql,
  imageId: coverImageId(),
};

const SORTS = { name: products.name, reference: products.reference, category: products.category, brand: products.brand, price: retailPriceSql, onHand: onHandSql };

function ownWhere(actor: Actor, shop: CurrentShop, f: Pick<OwnProductsFilter, 'q' | 'category' | 'brand' | 'active'>): SQL {
  const like = f.q ? containsPattern(f.q) : undefined;
  return and(
    eq(products.shopId, shop.id),
    shopRecordScope(actor, products.shopId),
    like ? or(ilike(products.reference, like), ilike(products.name, like), ilike(products.brand, like)) : undefined,
    f.category ? eq(products.category, f.category) : undefined,
    f.brand ? eq(products.brand, f.brand) : undefined,
    f.active ? eq(products.active, f.active === 'yes') : undefined,
  )!;
}

const fromOwn = (db: DbExecutor) =>
  db
    .select(listColumns)
    .from(products)
    .innerJoin(shopProducts, and(eq(shopProducts.productId, products.id), eq(shopProducts.shopId, products.shopId)))
    .innerJoin(shops, eq(shops.id, products.shopId))
    .leftJoin(suppliers, eq(suppliers.id, shopProducts.supplierId));

/** The products the shop registered itself, with photo, grid size, stock, cost, consumer price and supplier; filtered, sorted and paged. */
export async function listOwnProducts(db: DbExecutor, actor: Actor, shop: CurrentShop, f: OwnProductsFilter) {
  assertCan(actor, 'shop.products');
  const where = ownWhere(actor, shop, f);
  const order = f.dir === 'asc' ? asc(SORTS[f.sort]) : desc(SORTS[f.sort]);
  const [rows, [count]] = await Promise.all([
    fromOwn(db)
      .where(where)
      .orderBy(order, asc(products.reference))
      .limit(OWN_PRODUCTS_PAGE_SIZE)
      .offset((f.page - 1) * OWN_PRODUCTS_PAGE_SIZE),
    db.select({ n: sql<number>`count(*)::int` }).from(products).where(where),
  ]);
  return { rows, total: count?.n ?? 0, page: f.page, pageSize: OWN_PRODUCTS_PAGE_SIZE };
}
export type OwnProductRow = Awaited<ReturnType<typeof listOwnProducts>>['rows'][number];

/** The same rows, all of them in the list's order, for the CSV export. */
export async function* iterateOwnProducts(db: DbExecutor, actor: Actor, shop: CurrentShop, f: OwnProductsFilter): AsyncGenerator<OwnProductRow> {
  assertCan(actor, 'shop.products');
  const order = f.dir === 'asc' ? asc(SORTS[f.sort]) : desc(SORTS[f.sort]);
  const ids = (
    await db
      .select({ id: products.id })
      .from(products)
      .innerJoin(shopProducts, and(eq(shopProducts.productId, products.id), eq(shopProducts.shopId, products.shopId)))
      .innerJoin(shops, eq(shops.id, products.shopId))
      .where(ownWhere(actor, shop, f))
      .orderBy(order, asc(products.reference))
  ).map((r) => r.id);
  yield* inIdOrder(ids, (slice) => fromOwn(db).where(inArray(products.id, slice)));
}

/** The categories and brands in use in the shop's own products (filters, and suggestions as the owner types). */
export async function ownProductOptions(db: DbExecutor, actor: Actor, shop: CurrentShop) {
  assertCan(actor, 'shop.products');
  const where = and(eq(products.shopId, shop.id), shopRecordScope(actor, products.shopId));
  const [categories, brands, supplierRows] = await Promise.all([
    db.selectDistinct({ v: products.category }).from(products).where(where).orderBy(products.category),
    db.selectDistinct({ v: products.brand }).from(products).where(where).orderBy(products.brand),
    db.select({ value: suppliers.id, label: suppliers.name }).from(suppliers).where(and(eq(suppliers.shopId, shop.id), shopRecordScope(actor, suppliers.shopId))).orderBy(asc(suppliers.name)),
  ]);
  const values = (rows: { v: string | null }[]) => rows.map((r) => r.v).filter((v): v is string => Boolean(v));
  return { categories: values(categories), brands: values(brands), suppliers: supplierRows };
}

/** One own product of the shop: its data and prices, photos, and each variant with its barcode and stock per location; null out of scope. */
export async function ownProductDetail(db: DbExecutor, actor: Actor, shop: CurrentShop, id: string) {
  assertCan(actor, 'shop.products');
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({ product: products, costCents: shopProducts.costCents, ownPriceCents: shopProducts.priceCents, priceCents: retailPriceSql, supplierId: shopProducts.supplierId })
    .from(products)
    .innerJoin(shopProducts, and(eq(shopProducts.productId, products.id), eq(shopProducts.shopId, products.shopId)))
    .innerJoin(shops, eq(shops.id, products.shopId))
    .where(and(eq(products.id, id), eq(products.shopId, shop.id), shopRecordScope(actor, products.shopId)));
  if (!row) return null;
  const [images, variants, locations, levels] = await Promise.all([
    db.select({ id: productImages.id }).from(productImages).where(eq(productImages.productId, id)).orderBy(asc(productImages.position), asc(productImages.createdAt)),
    db.select().from(productVariants).where(eq(productVariants.productId, id)).orderBy(asc(productVariants.position)),
    db.select({ id: stockLocations.id, name: stockLocations.name }).from(stockLocations).where(eq(stockLocations.shopId, shop.id)).orderBy(asc(stockLocations.createdAt), asc(stockLocations.id)),
    db
      .select({ locationId: stockLevels.locationId, variantId: stockLevels.variantId, onHand: stockLevels.onHand, minimum: stockLevels.minimum })
      .from(stockLevels)
      .innerJoin(stockLocations, and(eq(stockLocations.id, stockLevels.locationId), eq(stockLocations.shopId, shop.id)))
      .innerJoin(productVariants, eq(productVariants.id, stockLevels.variantId))
      .where(eq(productVariants.productId, id)),
  ]);
  return { ...row, images, variants, locations, levels };
}
export type OwnProductDetail = NonNullable<Awaited<ReturnType<typeof ownProductDetail>>>;
