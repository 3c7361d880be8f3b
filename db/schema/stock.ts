import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from './access';
import { channels, productVariants } from './catalog';
import { stockLocationKindEnum, stockMovementEnum } from './enums';
import { shops } from './shop';

/**
 * Where goods are kept: one per brand channel (its warehouse), and any number per shop (the shop
 * floor, a back room…). Every stock level and ledger row belongs to a location.
 */
export const stockLocations = pgTable(
  'stock_locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: stockLocationKindEnum('kind').notNull(),
    channelId: uuid('channel_id').references(() => channels.id, { onDelete: 'cascade' }),
    shopId: uuid('shop_id').references(() => shops.id, { onDelete: 'cascade' }),
    /** A shop's name for it ("Loja", "Depósito"); a channel's location is named after the channel. */
    name: text('name'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('stock_locations_channel_unique').on(t.channelId),
    index('stock_locations_shop_idx').on(t.shopId),
    check(
      'stock_locations_owner',
      sql`(${t.kind} = 'channel' AND ${t.channelId} IS NOT NULL AND ${t.shopId} IS NULL) OR (${t.kind} = 'shop' AND ${t.shopId} IS NOT NULL AND ${t.channelId} IS NULL)`,
    ),
  ],
);

/** Stock of a variant at a location. Available = on hand − reserved; neither may go negative. Written only by lib/stock. */
export const stockLevels = pgTable(
  'stock_levels',
  {
    locationId: uuid('location_id')
      .notNull()
      .references(() => stockLocations.id, { onDelete: 'cascade' }),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => productVariants.id, { onDelete: 'cascade' }),
    onHand: integer('on_hand').notNull().default(0),
    reserved: integer('reserved').notNull().default(0),
    minimum: integer('minimum').notNull().default(0),
    /** Set by a sale in a shop that allows negative stock: only then may on hand drop below zero. */
    negativeAllowed: boolean('negative_allowed').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.locationId, t.variantId] }),
    index('stock_levels_variant_idx').on(t.variantId),
    check('stock_non_negative', sql`${t.reserved} >= 0 AND (${t.negativeAllowed} OR (${t.onHand} >= 0 AND ${t.reserved} <= ${t.onHand}))`),
  ],
);

/** Every stock change, signed, with who and why. Written only by lib/stock, in the same transaction as the level. */
export const stockLedger = pgTable(
  'stock_ledger',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => stockLocations.id),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => productVariants.id),
    kind: stockMovementEnum('kind').notNull(),
    quantity: integer('quantity').notNull(),
    reason: text('reason'),
    actorId: uuid('actor_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    /** The order (reservation, release, shipment) or return (restock) behind the movement. */
    orderId: uuid('order_id'),
    returnId: uuid('return_id'),
    /** The counter sale (or its void) behind the movement. */
    saleId: uuid('sale_id'),
    /** A transfer's other side: where the goods went to, or came from. */
    counterpartLocationId: uuid('counterpart_location_id').references((): AnyPgColumn => stockLocations.id),
  },
  (t) => [
    /** A variant's movements newest first (a product's ledger on its page reads the top of each variant's). */
    index('stock_ledger_variant_at_idx').on(t.variantId, t.at, t.id),
    /** A location's movements newest first (a shop's ledger page reads only its own locations'). */
    index('stock_ledger_location_at_idx').on(t.locationId, t.at, t.id),
  ],
);
