import { randomBytes } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbExecutor } from '@/db/client';
import { customers, passwordResetTokens, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { assertCan } from '@/lib/auth/guard';
import { enqueueEmail } from '@/lib/email/outbox';
import type { Actor } from '@/lib/server/context';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import { defineUseCase } from '@/lib/server/use-case';
import { hashResetToken, RESET_TOKEN_HOURS } from '@/lib/users/use-cases';

/** The `lojista` logins linked to a customer. */
export async function listShopLogins(db: DbExecutor, actor: Actor, customerId: string) {
  assertCan(actor, 'shops.manage');
  return db
    .select({ id: users.id, name: users.name, email: users.email, status: users.status, lastLoginAt: users.lastLoginAt })
    .from(users)
    .where(and(eq(users.role, 'lojista'), eq(users.customerId, customerId)))
    .orderBy(asc(users.name));
}

export const createShopLoginSchema = z.strictObject({
  customerId: z.uuid(),
  name: z.string({ error: 'validation.required' }).trim().min(2, { error: 'validation.nameTooShort' }).max(120, { error: 'validation.tooBig' }),
  email: z.email({ error: 'validation.email' }).trim().toLowerCase().max(254),
});

/**
 * Gives a shop (customer) a login: a `lojista` user linked to it, who receives a link to choose
 * a password — nobody else ever knows it.
 */
export const createShopLogin = defineUseCase({
  name: 'shops.create_login',
  permission: 'shops.manage',
  schema: createShopLoginSchema,
  async run(ctx, input) {
    const [customer] = await ctx.db.select({ id: customers.id }).from(customers).where(eq(customers.id, input.customerId));
    if (!customer) throw new NotFoundError();
    const [clash] = await ctx.db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, input.email));
    if (clash) throw new DomainError('validation.emailTaken', 'email');
    const [user] = await ctx.db
      .insert(users)
      .values({ name: input.name, email: input.email, role: 'lojista', customerId: input.customerId, passwordHash: await hashPassword(randomBytes(24).toString('base64url')) })
      .returning({ id: users.id, locale: users.locale });
    const token = randomBytes(32).toString('base64url');
    const [reset] = await ctx.db
      .insert(passwordResetTokens)
      .values({ userId: user!.id, tokenHash: hashResetToken(token), expiresAt: new Date(Date.now() + RESET_TOKEN_HOURS * 3600_000) })
      .returning({ id: passwordResetTokens.id });
    await enqueueEmail(ctx.db, {
      template: 'password-reset',
      to: input.email,
      locale: user!.locale,
      idempotencyKey: `shop-login:${reset!.id}`,
      data: { name: input.name, resetUrl: `${ctx.requestOrigin}/redefinir-senha/${token}`, hours: RESET_TOKEN_HOURS },
      meta: { userId: user!.id, customerId: input.customerId },
      sensitive: true,
    });
    ctx.audit({ action: 'shops.create_login', entity: 'customer', entityId: input.customerId, after: { userId: user!.id, name: input.name, email: input.email } });
    return { id: user!.id };
  },
});
