import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { localeEnum, outboxStatusEnum } from './enums';

/**
 * Emails to send, written in the same transaction as the change that causes them: the template,
 * its data and the recipient's language. The worker renders subject, html and text when it sends
 * and keeps them; until then they are null (the admin outbox renders them on read).
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    template: text('template').notNull(),
    /** The template's data, as enqueueEmail was given it; wiped with the body of a sensitive email once sent. */
    data: jsonb('data').$type<Record<string, unknown>>(),
    locale: localeEnum('locale').notNull().default('pt-BR'),
    toAddress: text('to_address').notNull(),
    subject: text('subject'),
    html: text('html'),
    text: text('text'),
    meta: jsonb('meta'),
    /** Holds a secret (a password link): the body is wiped once the provider has it. */
    sensitive: boolean('sensitive').notNull().default(false),
    status: outboxStatusEnum('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    lastError: text('last_error'),
    providerId: text('provider_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('email_outbox_status_idx').on(t.status, t.nextAttemptAt)],
);
