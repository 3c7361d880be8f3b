import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { suppliers } from './purchasing';
import { products } from './catalog';
import { customers } from './crm';

/** A retail shop run on Venda (POS, stock, repairs); owned by a customer. Its settings are the owner's. */
export const shops = pgTable(
  'shops',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    /** The most a sale may be discounted (lines and whole sale together), in basis points of its subtotal. */
    maxDiscountBps: integer('max_discount_bps').notNull().default(1000),
    /** Off by default: a sale may not take a variant below zero. */
    allowNegativeStock: boolean('allow_negative_stock').notNull().default(false),
    /** The default retail price: purchase cost plus this share of it (10000 = cost × 2). */
    markupBps: integer('markup_bps').notNull().default(10000),
    /** The shop's PIX key, and the merchant name and city its BR Codes carry. */
    pixKey: text('pix_key'),
    pixMerchantName: text('pix_merchant_name'),
    pixCity: text('pix_city'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('shops_customer_idx').on(t.customerId),
    check('shops_settings_range', sql`${t.maxDiscountBps} BETWEEN 0 AND 10000 AND ${t.markupBps} BETWEEN 0 AND 100000`),
  ],
);

/**
 * What a shop sells and at what price: a brand product it received (its cost is what it paid) or,
 * later, one of its own. `priceCents` is the retail price the owner set; null means cost plus the markup.
 */
export const shopProducts = pgTable(
  'shop_products',
  {
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    costCents: bigint('cost_cents', { mode: 'number' }).notNull().default(0),
    priceCents: bigint('price_cents', { mode: 'number' }),
    /** Who the shop restocks it from; null for the brand's products (reordered as a B2B order). */
    supplierId: uuid('supplier_id').references((): AnyPgColumn => suppliers.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.shopId, t.productId] }),
    check('shop_products_money', sql`${t.costCents} >= 0 AND (${t.priceCents} IS NULL OR ${t.priceCents} >= 0)`),
  ],
);

/** A shop's own consumers (the people it sells to at the counter), found by CPF or phone. */
export const shopConsumers = pgTable(
  'shop_consumers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** Digits only. */
    cpf: text('cpf'),
    /** Digits only, with area code. */
    phone: text('phone'),
    email: text('email'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('shop_consumers_cpf_unique').on(t.shopId, t.cpf),
    index('shop_consumers_phone_idx').on(t.shopId, t.phone),
  ],
);
