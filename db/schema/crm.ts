import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { assetKindEnum, companySizeEnum, customerStatusEnum, documentTypeEnum, customerUseTypeEnum } from './enums';
import { users } from './access';
import { salesScenarios } from './pricing';

/**
 * A customer: an individual (CPF) or a company (CNPJ). The main address lives on the record
 * (its UF and city drive pricing and filters); the delivery address is optional.
 */
export const customers = pgTable(
  'customers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentType: documentTypeEnum('document_type').notNull(),
    /** Normalised: digits (and, for the alphanumeric CNPJ, upper-case letters) only. */
    document: text('document').notNull(),
    name: text('name').notNull(),
    tradeName: text('trade_name'),
    stateRegistration: text('state_registration'),
    email: text('email'),
    cep: text('cep'),
    street: text('street'),
    number: text('number'),
    complement: text('complement'),
    district: text('district'),
    city: text('city'),
    uf: text('uf').notNull(),
    deliveryCep: text('delivery_cep'),
    deliveryStreet: text('delivery_street'),
    deliveryNumber: text('delivery_number'),
    deliveryComplement: text('delivery_complement'),
    deliveryDistrict: text('delivery_district'),
    deliveryCity: text('delivery_city'),
    deliveryUf: text('delivery_uf'),
    representativeId: uuid('representative_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    companySize: companySizeEnum('company_size'),
    useType: customerUseTypeEnum('use_type').notNull().default('revenda'),
    creditLimitCents: bigint('credit_limit_cents', { mode: 'number' }).notNull().default(0),
    /** The customer's own sales scenario (pricing), when it has one. */
    scenarioId: uuid('scenario_id').references((): AnyPgColumn => salesScenarios.id, { onDelete: 'set null' }),
    status: customerStatusEnum('status').notNull().default('active'),
    blockedReason: text('blocked_reason'),
    blockedAt: timestamp('blocked_at', { withTimezone: true }),
    blockedById: uuid('blocked_by_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    /** Lower-case, accent-free text of every identifier a customer can be found by (see lib/crm/search-text.ts). */
    searchText: text('search_text').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('customers_document_unique').on(t.document),
    index('customers_representative_idx').on(t.representativeId),
    index('customers_uf_city_idx').on(t.uf, t.city),
    index('customers_name_idx').on(t.name),
    index('customers_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('customers_tags_idx').using('gin', t.tags),
    check('customers_uf_format', sql`${t.uf} ~ '^[A-Z]{2}$'`),
    check('customers_credit_non_negative', sql`${t.creditLimitCents} >= 0`),
  ],
);

export const customerPhones = pgTable(
  'customer_phones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    /** Digits only, with area code (DDD). */
    number: text('number').notNull(),
    label: text('label'),
    isWhatsapp: boolean('is_whatsapp').notNull().default(false),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('customer_phones_customer_idx').on(t.customerId)],
);

export const customerContacts = pgTable(
  'customer_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role'),
    email: text('email'),
    phone: text('phone'),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('customer_contacts_customer_idx').on(t.customerId)],
);

/** Things a customer brings in (vehicle plates, device serials), so the customer can be found by them. */
export const customerAssets = pgTable(
  'customer_assets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    kind: assetKindEnum('kind').notNull(),
    /** Normalised: upper-case letters and digits. */
    value: text('value').notNull(),
    description: text('description'),
  },
  (t) => [uniqueIndex('customer_assets_kind_value_unique').on(t.kind, t.value), index('customer_assets_customer_idx').on(t.customerId)],
);

/** A representative's commercial terms: commission and the states they cover. */
export const representativeProfiles = pgTable(
  'representative_profiles',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references((): AnyPgColumn => users.id, { onDelete: 'cascade' }),
    /** Commission in basis points (500 = 5%). */
    commissionBps: integer('commission_bps').notNull().default(0),
    ufs: text('ufs').array().notNull().default(sql`'{}'::text[]`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('representative_commission_range', sql`${t.commissionBps} BETWEEN 0 AND 10000`)],
);

/** An uploaded customer CSV: its preview report, then the import's progress. */
export const customerImports = pgTable(
  'customer_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    createdById: uuid('created_by_id')
      .notNull()
      .references((): AnyPgColumn => users.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    csv: text('csv').notNull(),
    status: text('status', { enum: ['previewed', 'queued', 'running', 'done', 'failed'] }).notNull().default('previewed'),
    totalRows: integer('total_rows').notNull().default(0),
    toCreate: integer('to_create').notNull().default(0),
    toUpdate: integer('to_update').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    invalid: integer('invalid').notNull().default(0),
    processed: integer('processed').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    /** Per-row problems: [{ line, document, name, errors: [{ field, message }] }], capped. */
    report: jsonb('report').notNull().default(sql`'[]'::jsonb`),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('customer_imports_created_by_idx').on(t.createdById, t.createdAt)],
);
