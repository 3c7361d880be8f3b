import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from './access';
import { productVariants } from './catalog';
import { paymentMethodEnum, registerMovementEnum, saleStatusEnum } from './enums';
import { shopConsumers, shops } from './shop';
import { stockLocations } from './stock';

/** A shop's cash register (a till): sales are taken in one of its sessions. */
export const registers = pgTable(
  'registers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** Where this register's sales take the goods from. */
    locationId: uuid('location_id')
      .notNull()
      .references(() => stockLocations.id, { onDelete: 'restrict' }),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('registers_shop_name_unique').on(t.shopId, t.name)],
);

export type RegisterTotals = { cash: number; debit: number; credit: number; pix: number };

/** A register from opening (with a float) to closing (with a count per payment method). One open session per register. */
export const registerSessions = pgTable(
  'register_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registerId: uuid('register_id')
      .notNull()
      .references(() => registers.id, { onDelete: 'cascade' }),
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    openedById: uuid('opened_by_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    floatCents: bigint('float_cents', { mode: 'number' }).notNull(),
    closedById: uuid('closed_by_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Frozen at closing: what the system expected and what was counted, per payment method. */
    expected: jsonb('expected').$type<RegisterTotals>(),
    counted: jsonb('counted').$type<RegisterTotals>(),
    closingNotes: text('closing_notes'),
  },
  (t) => [
    uniqueIndex('register_sessions_one_open').on(t.registerId).where(sql`${t.closedAt} IS NULL`),
    index('register_sessions_shop_idx').on(t.shopId, t.openedAt),
    check('register_sessions_float', sql`${t.floatCents} >= 0`),
  ],
);

/** Cash taken out (sangria) or put in (suprimento) during a session, with a reason. */
export const registerMovements = pgTable(
  'register_movements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => registerSessions.id, { onDelete: 'cascade' }),
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    kind: registerMovementEnum('kind').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    reason: text('reason').notNull(),
    actorId: uuid('actor_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('register_movements_session_idx').on(t.sessionId), check('register_movements_amount', sql`${t.amountCents} > 0`)],
);

/** A counter sale. Prices, discounts and totals were computed on the server when it was finished. */
export const sales = pgTable(
  'sales',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: bigserial('number', { mode: 'number' }).notNull().unique(),
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => registerSessions.id, { onDelete: 'restrict' }),
    locationId: uuid('location_id')
      .notNull()
      .references(() => stockLocations.id, { onDelete: 'restrict' }),
    sellerId: uuid('seller_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    consumerId: uuid('consumer_id').references((): AnyPgColumn => shopConsumers.id, { onDelete: 'set null' }),
    status: saleStatusEnum('status').notNull().default('completed'),
    subtotalCents: bigint('subtotal_cents', { mode: 'number' }).notNull(),
    lineDiscountCents: bigint('line_discount_cents', { mode: 'number' }).notNull().default(0),
    discountCents: bigint('discount_cents', { mode: 'number' }).notNull().default(0),
    totalCents: bigint('total_cents', { mode: 'number' }).notNull(),
    changeCents: bigint('change_cents', { mode: 'number' }).notNull().default(0),
    /** The client's key for this checkout: a double click or a retried request finishes one sale. */
    idempotencyKey: text('idempotency_key').notNull(),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    voidedById: uuid('voided_by_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    voidReason: text('void_reason'),
    /** The open session the refund came out of (the sale's own, or a later one). */
    voidSessionId: uuid('void_session_id').references((): AnyPgColumn => registerSessions.id, { onDelete: 'restrict' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('sales_idempotency_unique').on(t.shopId, t.idempotencyKey),
    index('sales_shop_created_idx').on(t.shopId, t.createdAt),
    index('sales_session_idx').on(t.sessionId),
    index('sales_void_session_idx').on(t.voidSessionId).where(sql`${t.voidSessionId} IS NOT NULL`),
    check('sales_money', sql`${t.subtotalCents} >= 0 AND ${t.discountCents} >= 0 AND ${t.lineDiscountCents} >= 0 AND ${t.totalCents} >= 0 AND ${t.changeCents} >= 0`),
  ],
);

export const saleLines = pgTable(
  'sale_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    saleId: uuid('sale_id')
      .notNull()
      .references(() => sales.id, { onDelete: 'cascade' }),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => productVariants.id, { onDelete: 'restrict' }),
    /** "Vestido Midi — Azul M", as it was when sold (the receipt never changes). */
    description: text('description').notNull(),
    sku: text('sku').notNull(),
    quantity: integer('quantity').notNull(),
    unitPriceCents: bigint('unit_price_cents', { mode: 'number' }).notNull(),
    discountCents: bigint('discount_cents', { mode: 'number' }).notNull().default(0),
    totalCents: bigint('total_cents', { mode: 'number' }).notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('sale_lines_sale_idx').on(t.saleId), check('sale_lines_positive', sql`${t.quantity} > 0 AND ${t.unitPriceCents} >= 0 AND ${t.discountCents} >= 0`)],
);

export const salePayments = pgTable(
  'sale_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    saleId: uuid('sale_id')
      .notNull()
      .references(() => sales.id, { onDelete: 'cascade' }),
    method: paymentMethodEnum('method').notNull(),
    /** What this payment settles of the sale (cash: after change). */
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    /** Cash handed over (the receipt shows it and the change). */
    tenderedCents: bigint('tendered_cents', { mode: 'number' }),
    installments: integer('installments').notNull().default(1),
  },
  (t) => [index('sale_payments_sale_idx').on(t.saleId), check('sale_payments_amount', sql`${t.amountCents} > 0 AND ${t.installments} BETWEEN 1 AND 24`)],
);

/** A parked cart: discounts as they were typed ("10%", "5,00"), priced again when it is finished. */
export type ParkedCart = { lines: { variantId: string; quantity: number; discount: string }[]; discount: string; consumerId: string | null };

/** A sale put aside at the counter (the customer went to fetch something): its cart, resumed later. */
export const parkedSales = pgTable(
  'parked_sales',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    cart: jsonb('cart').$type<ParkedCart>().notNull(),
    parkedById: uuid('parked_by_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('parked_sales_shop_idx').on(t.shopId, t.createdAt)],
);
