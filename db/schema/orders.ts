import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { orderStatusEnum, roleEnum } from './enums';
import { users } from './access';
import { customers } from './crm';
import { channels, productVariants, products } from './catalog';
import { priceLists } from './pricing';
import { shops } from './shop';

/**
 * A B2B order of one customer, shipped from one channel. While a draft its lines are repriced from
 * the customer's list at every change; submission freezes the prices. The life cycle is in
 * lib/orders/transitions.ts.
 */
export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: bigserial('number', { mode: 'number' }).notNull().unique(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'restrict' }),
    status: orderStatusEnum('status').notNull().default('draft'),
    priceListId: uuid('price_list_id').references((): AnyPgColumn => priceLists.id, { onDelete: 'set null' }),
    paymentTermId: uuid('payment_term_id').references((): AnyPgColumn => paymentTerms.id, { onDelete: 'restrict' }),
    discountBps: integer('discount_bps').notNull().default(0),
    subtotalCents: bigint('subtotal_cents', { mode: 'number' }).notNull().default(0),
    discountCents: bigint('discount_cents', { mode: 'number' }).notNull().default(0),
    totalCents: bigint('total_cents', { mode: 'number' }).notNull().default(0),
    notes: text('notes'),
    createdById: uuid('created_by_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    submittedById: uuid('submitted_by_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    approvedById: uuid('approved_by_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    /** Why it waits for finance: 'blocked' or 'credit'. */
    holdReason: text('hold_reason', { enum: ['blocked', 'credit'] }),
    rejectionReason: text('rejection_reason'),
    cancelReason: text('cancel_reason'),
    invoiceNumber: text('invoice_number'),
    trackingCode: text('tracking_code'),
    invoicedAt: timestamp('invoiced_at', { withTimezone: true }),
    shippedAt: timestamp('shipped_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    /** The shop the goods go to (null: the customer's first shop, if it has one). */
    shopId: uuid('shop_id').references((): AnyPgColumn => shops.id, { onDelete: 'set null' }),
    /** When the delivered goods entered the shop's stock: set once, so they never enter twice. */
    shopStockAt: timestamp('shop_stock_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    /** One draft per customer and channel: "Adicionar ao pedido" always lands in it. */
    uniqueIndex('orders_one_draft').on(t.customerId, t.channelId).where(sql`${t.status} = 'draft'`),
    index('orders_customer_idx').on(t.customerId, t.createdAt),
    index('orders_status_idx').on(t.status, t.submittedAt),
    /** The homes' work queues count and sum the orders of a few statuses from this index alone (index-only scan), never from 300,000 rows. */
    index('orders_status_tally_idx').on(t.status, t.customerId, t.totalCents),
    /** The orders lists' default order (newest first by the date they show): read from the index, not sorted from 300,000 rows. */
    index('orders_date_idx').on(sql`coalesce(${t.submittedAt}, ${t.createdAt}) DESC`, sql`${t.number} DESC`),
    check('orders_money_non_negative', sql`${t.subtotalCents} >= 0 AND ${t.discountCents} >= 0 AND ${t.totalCents} >= 0`),
    check('orders_discount_range', sql`${t.discountBps} BETWEEN 0 AND 10000`),
  ],
);

export const orderLines = pgTable(
  'order_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'restrict' }),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => productVariants.id, { onDelete: 'restrict' }),
    quantity: integer('quantity').notNull(),
    unitPriceCents: bigint('unit_price_cents', { mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('order_lines_variant_unique').on(t.orderId, t.variantId),
    check('order_lines_quantity_positive', sql`${t.quantity} > 0`),
    check('order_lines_price_non_negative', sql`${t.unitPriceCents} >= 0`),
  ],
);

/** The payment terms offered ("30/60/90 dias"): one installment per entry in `days`. */
export const paymentTerms = pgTable('payment_terms', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  days: integer('days').array().notNull(),
  active: boolean('active').notNull().default(true),
  position: integer('position').notNull().default(0),
});

/** Commercial conditions: one row (id = 1). */
export const orderSettings = pgTable(
  'order_settings',
  {
    id: integer('id').primaryKey().default(1),
    minOrderCents: bigint('min_order_cents', { mode: 'number' }).notNull().default(0),
    /** Each product's quantity in an order must be a multiple of this (1 = any quantity). */
    quantityMultiple: integer('quantity_multiple').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('order_settings_singleton', sql`${t.id} = 1`), check('order_settings_multiple', sql`${t.quantityMultiple} >= 1`)],
);

/** A minimum order value for customers of one UF; overrides the global minimum. */
export const orderMinimumsByUf = pgTable('order_minimums_by_uf', {
  uf: text('uf').primaryKey(),
  minOrderCents: bigint('min_order_cents', { mode: 'number' }).notNull(),
});

/** The largest discount each role may give on an order. */
export const discountLimits = pgTable(
  'discount_limits',
  {
    role: roleEnum('role').notNull(),
    maxDiscountBps: integer('max_discount_bps').notNull(),
  },
  (t) => [primaryKey({ columns: [t.role] }), check('discount_limits_range', sql`${t.maxDiscountBps} BETWEEN 0 AND 10000`)],
);
