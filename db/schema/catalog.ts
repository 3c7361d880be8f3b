import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { shops } from './shop';

/** A shipping origin ("filial"): where goods leave from; its UF drives interstate prices. */
export const channels = pgTable(
  'channels',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    uf: text('uf').notNull(),
    active: boolean('active').notNull().default(true),
  },
  (t) => [check('channels_uf_format', sql`${t.uf} ~ '^[A-Z]{2}$'`)],
);

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Unique within its owner: the brand's catalog, or one shop's own products. */
    reference: text('reference').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    collection: text('collection'),
    category: text('category'),
    brand: text('brand'),
    supplier: text('supplier'),
    ncm: text('ncm'),
    costCents: bigint('cost_cents', { mode: 'number' }).notNull().default(0),
    basePriceCents: bigint('base_price_cents', { mode: 'number' }).notNull(),
    active: boolean('active').notNull().default(true),
    /**
     * Null for the brand's catalog; a shop's id for a product that shop registered itself. A shop's
     * products never reach the brand's catalog, price lists, storefront or orders (`brandProduct`);
     * their cost and price live in the shop's assortment (`shop_products`), theirs stay 0.
     */
    shopId: uuid('shop_id').references((): AnyPgColumn => shops.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('products_brand_reference_unique').on(t.reference).where(sql`${t.shopId} IS NULL`),
    uniqueIndex('products_shop_reference_unique').on(t.shopId, t.reference).where(sql`${t.shopId} IS NOT NULL`),
    index('products_collection_idx').on(t.collection),
    index('products_category_idx').on(t.category),
    // The storefront's one order and its keyset pages (lib/catalog/storefront-list.ts).
    index('products_name_id_idx').on(t.name, t.id),
    check('products_prices_non_negative', sql`${t.costCents} >= 0 AND ${t.basePriceCents} >= 0`),
    check('products_ncm_format', sql`${t.ncm} IS NULL OR ${t.ncm} ~ '^[0-9]{8}$'`),
  ],
);

/** One cell of the color × size grid. */
export const productVariants = pgTable(
  'product_variants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    colorName: text('color_name').notNull(),
    colorHex: text('color_hex').notNull(),
    size: text('size').notNull(),
    /** Unique within its owner (the brand's catalog, or one shop's own products), like the reference. */
    sku: text('sku').notNull(),
    /** The barcode: unique within its owner too (two shops may sell the same third-party item under its real EAN). */
    ean: text('ean'),
    position: integer('position').notNull().default(0),
    /** Its product's owner (products.shop_id), so SKUs and barcodes are unique per owner. */
    shopId: uuid('shop_id').references((): AnyPgColumn => shops.id, { onDelete: 'cascade' }),
  },
  (t) => [
    uniqueIndex('product_variants_cell_unique').on(t.productId, t.colorName, t.size),
    uniqueIndex('product_variants_brand_sku_unique').on(t.sku).where(sql`${t.shopId} IS NULL`),
    uniqueIndex('product_variants_shop_sku_unique').on(t.shopId, t.sku).where(sql`${t.shopId} IS NOT NULL`),
    uniqueIndex('product_variants_brand_ean_unique').on(t.ean).where(sql`${t.shopId} IS NULL`),
    uniqueIndex('product_variants_shop_ean_unique').on(t.shopId, t.ean).where(sql`${t.shopId} IS NOT NULL`),
    check('product_variants_hex', sql`${t.colorHex} ~ '^#[0-9a-fA-F]{6}$'`),
  ],
);

/** A fixed pack ("grade fechada"): quantities per size sold together. */
export const productPacks = pgTable('product_packs', {
  id: uuid('id').primaryKey().defaultRandom(),
  productId: uuid('product_id')
    .notNull()
    .references(() => products.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  /** { "P": 1, "M": 2, … } */
  quantities: jsonb('quantities').$type<Record<string, number>>().notNull(),
});

/**
 * "Limitar produtos": hides a product, a category or a collection from a customer, a customer
 * group, a UF or a company size. The rule that applies it lives in lib/catalog/restrictions.ts.
 */
export const productRestrictions = pgTable(
  'product_restrictions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    targetKind: text('target_kind', { enum: ['product', 'category', 'collection'] }).notNull(),
    /** A product id, or a category / collection name. */
    targetValue: text('target_value').notNull(),
    audienceKind: text('audience_kind', { enum: ['customer', 'group', 'uf', 'size'] }).notNull(),
    /** A customer id, a group id, a UF or a company size. */
    audienceValue: text('audience_value').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('product_restrictions_unique').on(t.targetKind, t.targetValue, t.audienceKind, t.audienceValue)],
);

/** An uploaded product image; the file lives in storage (UPLOADS_DIR, `.data/uploads` by default) under `storageKey`. */
export const productImages = pgTable(
  'product_images',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    storageKey: text('storage_key').notNull().unique(),
    contentType: text('content_type', { enum: ['image/jpeg', 'image/png', 'image/webp'] }).notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('product_images_product_idx').on(t.productId, t.position)],
);
