import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { creditNoteStatusEnum, returnDestinationEnum, returnOutcomeEnum, returnReasonEnum, returnStatusEnum } from './enums';
import { users } from './access';
import { customers } from './crm';
import { channels, productVariants } from './catalog';
import { orderLines, orders } from './orders';

/** A return of finished products (FPR) from one delivered order. Life cycle: lib/returns/transitions.ts. */
export const returns = pgTable(
  'returns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: bigserial('number', { mode: 'number' }).notNull().unique(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'restrict' }),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'restrict' }),
    status: returnStatusEnum('status').notNull().default('requested'),
    /** The first line's reason (each line has its own since 0008): what lists and emails show. */
    reason: returnReasonEnum('reason').notNull(),
    description: text('description'),
    refusalReason: text('refusal_reason'),
    /** The shop's NF-e de devolução: a number (up to 9 digits, optional series) or the 44-digit access key. */
    returnInvoice: text('return_invoice'),
    /** The carrier's reverse-shipping code (código de postagem reversa). */
    reverseShippingCode: text('reverse_shipping_code'),
    createdById: uuid('created_by_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    index('returns_customer_idx').on(t.customerId, t.createdAt),
    index('returns_order_idx').on(t.orderId),
    index('returns_status_idx').on(t.status),
    /** The returns lists' default order (newest first): the first page read from the index, not every return joined to every order and sorted. */
    index('returns_created_idx').on(t.createdAt),
  ],
);

export const returnLines = pgTable(
  'return_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    returnId: uuid('return_id')
      .notNull()
      .references(() => returns.id, { onDelete: 'cascade' }),
    orderLineId: uuid('order_line_id')
      .notNull()
      .references(() => orderLines.id, { onDelete: 'restrict' }),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => productVariants.id, { onDelete: 'restrict' }),
    quantity: integer('quantity').notNull(),
    reason: returnReasonEnum('reason').notNull(),
    /** The order's net unit price (after its discount): what a credit note is worth per unit. */
    unitCreditCents: bigint('unit_credit_cents', { mode: 'number' }).notNull(),
    /** The credit for this line's quantity: its share of what the order really cost, rounded down (see lineCreditCents). */
    creditCents: bigint('credit_cents', { mode: 'number' }).notNull().default(0),
    outcome: returnOutcomeEnum('outcome'),
    inspectionNote: text('inspection_note'),
    destination: returnDestinationEnum('destination'),
  },
  (t) => [
    uniqueIndex('return_lines_unique').on(t.returnId, t.orderLineId),
    /** What is already returned of an order line (the return request's picker and form): was a scan of every return line per order line. */
    index('return_lines_order_line_idx').on(t.orderLineId),
    check('return_lines_quantity_positive', sql`${t.quantity} > 0`),
  ],
);

/** A photo of the returned goods; the file lives in UPLOADS_DIR like product images. */
export const returnPhotos = pgTable('return_photos', {
  id: uuid('id').primaryKey().defaultRandom(),
  returnId: uuid('return_id')
    .notNull()
    .references(() => returns.id, { onDelete: 'cascade' }),
  storageKey: text('storage_key').notNull().unique(),
  contentType: text('content_type', { enum: ['image/jpeg', 'image/png', 'image/webp'] }).notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** What the brand owes a shop for a closed return; the finance module settles it. */
export const creditNotes = pgTable(
  'credit_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: bigserial('number', { mode: 'number' }).notNull().unique(),
    returnId: uuid('return_id')
      .notNull()
      .unique()
      .references(() => returns.id, { onDelete: 'restrict' }),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    status: creditNoteStatusEnum('status').notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    settledAt: timestamp('settled_at', { withTimezone: true }),
  },
  (t) => [index('credit_notes_customer_idx').on(t.customerId), check('credit_notes_amount_non_negative', sql`${t.amountCents} >= 0`)],
);
