import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { channels, products } from './catalog';
import { companySizeEnum, customerUseTypeEnum, roundingRuleEnum } from './enums';
import { customers } from './crm';

/** A sales scenario ("cenário de venda"): a factor over the base price and a rounding rule. */
export const salesScenarios = pgTable(
  'sales_scenarios',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull().unique(),
    factorBps: integer('factor_bps').notNull().default(10000),
    rounding: roundingRuleEnum('rounding').notNull().default('end90'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('sales_scenarios_factor_positive', sql`${t.factorBps} > 0`)],
);

/** One per scenario and UF, generated with the scenario. */
export const customerGroups = pgTable(
  'customer_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scenarioId: uuid('scenario_id')
      .notNull()
      .references(() => salesScenarios.id, { onDelete: 'cascade' }),
    uf: text('uf').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('customer_groups_scenario_uf_unique').on(t.scenarioId, t.uf)],
);

/** A customer belongs to at most one group: the primary key is the customer. */
export const customerGroupMembers = pgTable('customer_group_members', {
  customerId: uuid('customer_id')
    .primaryKey()
    .references(() => customers.id, { onDelete: 'cascade' }),
  groupId: uuid('group_id')
    .notNull()
    .references(() => customerGroups.id, { onDelete: 'cascade' }),
});

/** One per scenario, destination UF and channel (origin): "SC ≫ RS". */
export const priceLists = pgTable(
  'price_lists',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scenarioId: uuid('scenario_id')
      .notNull()
      .references(() => salesScenarios.id, { onDelete: 'cascade' }),
    destUf: text('dest_uf').notNull(),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('price_lists_scenario_dest_channel_unique').on(t.scenarioId, t.destUf, t.channelId)],
);

export const priceListItems = pgTable(
  'price_list_items',
  {
    priceListId: uuid('price_list_id')
      .notNull()
      .references(() => priceLists.id, { onDelete: 'cascade' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    priceCents: bigint('price_cents', { mode: 'number' }).notNull(),
    /** Edited by hand: regeneration keeps it. */
    overridden: boolean('overridden').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.priceListId, t.productId] }), check('price_list_items_price', sql`${t.priceCents} >= 0`)],
);

/** The adjustment between an origin and a destination UF; starts at the ICMS rate, editable. */
export const ufAdjustments = pgTable(
  'uf_adjustments',
  {
    originUf: text('origin_uf').notNull(),
    destUf: text('dest_uf').notNull(),
    adjustmentBps: integer('adjustment_bps').notNull(),
  },
  (t) => [primaryKey({ columns: [t.originUf, t.destUf] })],
);

/** Links a group and a channel to a price list, optionally for a period. */
export const contracts = pgTable(
  'contracts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => customerGroups.id, { onDelete: 'cascade' }),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    priceListId: uuid('price_list_id')
      .notNull()
      .references(() => priceLists.id, { onDelete: 'cascade' }),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
  },
  (t) => [uniqueIndex('contracts_group_channel_unique').on(t.groupId, t.channelId)],
);

/** "Preços › Configurações avançadas": scenario per company size, and the system default per use type. */
export const sizeScenarios = pgTable('size_scenarios', {
  companySize: companySizeEnum('company_size').primaryKey(),
  scenarioId: uuid('scenario_id')
    .notNull()
    .references(() => salesScenarios.id, { onDelete: 'cascade' }),
});

export const useTypeDefaults = pgTable('use_type_defaults', {
  useType: customerUseTypeEnum('use_type').primaryKey(),
  scenarioId: uuid('scenario_id')
    .notNull()
    .references(() => salesScenarios.id, { onDelete: 'cascade' }),
});
