import { sql } from 'drizzle-orm';
import { bigserial, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn, check } from 'drizzle-orm/pg-core';
import { users } from './access';
import { productVariants } from './catalog';
import { purchaseRequestStatusEnum } from './enums';
import { orders } from './orders';
import { shops } from './shop';

/** A shop's supplier (name, CNPJ, e-mail for purchase requests, phone, contact). The brand is not one: its products are reordered as B2B orders. */
export const suppliers = pgTable(
  'suppliers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** Normalised: digits and letters only (the alphanumeric CNPJ too). */
    cnpj: text('cnpj').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    contact: text('contact'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('suppliers_shop_cnpj_unique').on(t.shopId, t.cnpj), index('suppliers_shop_name_idx').on(t.shopId, t.name)],
);

/**
 * What a shop asks a supplier (or the brand) for. Opened by a sale or an adjustment that takes a
 * variant to its minimum — one open request per supplier, accumulating lines — reviewed and sent by
 * the owner, then received (which enters the goods into stock).
 */
export const purchaseRequests = pgTable(
  'purchase_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: bigserial('number', { mode: 'number' }).notNull().unique(),
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    /** Null: the brand (sending it builds a draft B2B order). */
    supplierId: uuid('supplier_id').references((): AnyPgColumn => suppliers.id, { onDelete: 'restrict' }),
    status: purchaseRequestStatusEnum('status').notNull().default('open'),
    notes: text('notes'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    sentById: uuid('sent_by_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    /** The brand's draft B2B order it became. */
    orderId: uuid('order_id').references((): AnyPgColumn => orders.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    /** One open request per shop and supplier (the brand counted as one). */
    uniqueIndex('purchase_requests_one_open').on(t.shopId, sql`coalesce(${t.supplierId}, '00000000-0000-0000-0000-000000000000'::uuid)`).where(sql`${t.status} = 'open'`),
    index('purchase_requests_shop_idx').on(t.shopId, t.createdAt),
  ],
);

export const purchaseRequestLines = pgTable(
  'purchase_request_lines',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => purchaseRequests.id, { onDelete: 'cascade' }),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => productVariants.id, { onDelete: 'restrict' }),
    quantity: integer('quantity').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.variantId] }), check('purchase_request_lines_quantity', sql`${t.quantity} > 0`)],
);
