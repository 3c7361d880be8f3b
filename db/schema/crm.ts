import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { documentTypeEnum } from './enums';
import { users } from './access';

/** Minimal customer record; the CRM module extends it (contacts, addresses, credit, assets). */
export const customers = pgTable(
  'customers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    documentType: documentTypeEnum('document_type').notNull(),
    /** Normalised: digits (and, for the alphanumeric CNPJ, upper-case letters) only. */
    document: text('document').notNull(),
    uf: text('uf').notNull(),
    representativeId: uuid('representative_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('customers_document_unique').on(t.document),
    index('customers_representative_idx').on(t.representativeId),
    check('customers_uf_format', sql`${t.uf} ~ '^[A-Z]{2}$'`),
  ],
);
