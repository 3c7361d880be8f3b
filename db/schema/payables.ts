import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from './access';
import { purchaseRequests, suppliers } from './purchasing';
import { shops } from './shop';

/**
 * A shop's account payable: one installment of a bill (a bill in N installments is N rows sharing
 * `groupId`). Paid when `paidOn` is set; overdue when unpaid past `dueOn`.
 */
export const bills = pgTable(
  'bills',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id').notNull(),
    supplierId: uuid('supplier_id').references((): AnyPgColumn => suppliers.id, { onDelete: 'set null' }),
    description: text('description').notNull(),
    category: text('category').notNull(),
    installment: integer('installment').notNull().default(1),
    installments: integer('installments').notNull().default(1),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    paidOn: date('paid_on', { mode: 'string' }),
    paidCents: bigint('paid_cents', { mode: 'number' }),
    /** The stock receipt (a received purchase request) it pays for. */
    purchaseRequestId: uuid('purchase_request_id').references((): AnyPgColumn => purchaseRequests.id, { onDelete: 'set null' }),
    /** The invoice or receipt attached (PDF or image, under the uploads folder); shared by the group's installments. */
    fileKey: text('file_key'),
    fileType: text('file_type', { enum: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] }),
    createdById: uuid('created_by_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('bills_shop_due_idx').on(t.shopId, t.dueOn),
    index('bills_shop_paid_idx').on(t.shopId, t.paidOn).where(sql`${t.paidOn} IS NOT NULL`),
    check('bills_money', sql`${t.amountCents} > 0 AND (${t.paidCents} IS NULL OR ${t.paidCents} > 0) AND ${t.installment} BETWEEN 1 AND ${t.installments} AND ${t.installments} BETWEEN 1 AND 24`),
    check('bills_paid_together', sql`(${t.paidOn} IS NULL) = (${t.paidCents} IS NULL)`),
  ],
);
