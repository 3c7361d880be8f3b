import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { channels } from './catalog';
import { localeEnum, roleEnum, userStatusEnum } from './enums';
import { customers } from './crm';
import { shops } from './shop';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: roleEnum('role').notNull(),
    status: userStatusEnum('status').notNull().default('active'),
    locale: localeEnum('locale').notNull().default('pt-BR'),
    customerId: uuid('customer_id').references(() => customers.id, { onDelete: 'restrict' }),
    shopId: uuid('shop_id').references(() => shops.id, { onDelete: 'restrict' }),
    /** The storefront's "Origem do envio", remembered per user. */
    channelId: uuid('channel_id').references((): AnyPgColumn => channels.id, { onDelete: 'set null' }),
    /** A representative's "Atendendo": the portfolio customer whose prices they are seeing. */
    servingCustomerId: uuid('serving_customer_id').references((): AnyPgColumn => customers.id, { onDelete: 'set null' }),
    blockedAt: timestamp('blocked_at', { withTimezone: true }),
    blockedReason: text('blocked_reason'),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    /** Sessions that logged in before this instant are void (set on block and on password change). */
    sessionsValidFrom: timestamp('sessions_valid_from', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(sql`lower(${t.email})`),
    index('users_role_idx').on(t.role),
    check('users_lojista_has_customer', sql`${t.role} <> 'lojista' OR ${t.customerId} IS NOT NULL`),
    check('users_usuario_has_shop', sql`${t.role} <> 'usuario' OR ${t.shopId} IS NOT NULL`),
  ],
);

/** Failed-login counters, keyed by `account:<email>` or `ip:<address>`; kept in PostgreSQL so every app instance shares them. */
export const loginAttempts = pgTable('login_attempts', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

/** One-time password-reset links; only the SHA-256 of the token is stored. */
export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('password_reset_tokens_user_idx').on(t.userId)],
);

/**
 * Sessions ended by "Sair". The JWT stays valid until it expires, and a request already in flight can
 * hand the browser a refreshed copy, so a logout is also recorded here and such a cookie is refused.
 * Rows outlive any session they could match (SESSION_ABSOLUTE_MAX_MS) and are then purged.
 */
export const revokedSessions = pgTable(
  'revoked_sessions',
  {
    sessionId: uuid('session_id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('revoked_sessions_expires_idx').on(t.expiresAt)],
);
