import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { customers, passwordResetTokens, shops, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { enqueueEmail } from '@/lib/email/outbox';
import type { UseCaseContext } from '@/lib/server/context';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import { defineUseCase } from '@/lib/server/use-case';
import {
  blockUserSchema,
  changeLocaleSchema,
  createUserSchema,
  resetPasswordWithTokenSchema,
  updateUserSchema,
  userIdSchema,
} from './schemas';

export const RESET_TOKEN_HOURS = 24;

const publicColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  status: users.status,
  locale: users.locale,
  customerId: users.customerId,
  shopId: users.shopId,
  blockedReason: users.blockedReason,
};

async function findUser(db: DbExecutor, id: string) {
  const [row] = await db.select(publicColumns).from(users).where(eq(users.id, id)).limit(1).for('update');
  if (!row) throw new NotFoundError();
  return row;
}

async function assertEmailFree(db: DbExecutor, email: string, exceptId?: string) {
  const clash = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(sql`lower(${users.email})`, email), exceptId ? ne(users.id, exceptId) : undefined))
    .limit(1);
  if (clash.length) throw new DomainError('validation.emailTaken', 'email');
}

async function assertLinksExist(db: DbExecutor, input: { customerId: string | null; shopId: string | null }) {
  if (input.customerId) {
    const [c] = await db.select({ id: customers.id }).from(customers).where(eq(customers.id, input.customerId));
    if (!c) throw new DomainError('validation.invalidOption', 'customerId');
  }
  if (input.shopId) {
    const [s] = await db.select({ id: shops.id }).from(shops).where(eq(shops.id, input.shopId));
    if (!s) throw new DomainError('validation.invalidOption', 'shopId');
  }
}

/** Links only make sense for their role; other roles carry none. */
function linksFor(role: string, input: { customerId: string | null; shopId: string | null }) {
  return { customerId: role === 'lojista' ? input.customerId : null, shopId: role === 'usuario' ? input.shopId : null };
}

/** Locks every active admin row, so two admins removing each other at once cannot both succeed. */
async function assertNotLastAdmin(db: DbExecutor, userId: string) {
  const admins = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.status, 'active')))
    .orderBy(users.id)
    .for('update');
  if (!admins.some((a) => a.id !== userId)) throw new DomainError('errors.lastAdmin');
}

/** Unused password-reset links stop working (after a block, or when the email they went to changes). */
async function voidResetLinks(db: DbExecutor, userId: string) {
  await db.update(passwordResetTokens).set({ usedAt: new Date() }).where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)));
}

export const createUser = defineUseCase({
  name: 'users.create',
  permission: 'users.write',
  schema: createUserSchema,
  async run(ctx, input) {
    await assertEmailFree(ctx.db, input.email);
    await assertLinksExist(ctx.db, input);
    const [created] = await ctx.db
      .insert(users)
      .values({
        name: input.name,
        email: input.email,
        role: input.role,
        locale: input.locale,
        passwordHash: await hashPassword(input.password),
        ...linksFor(input.role, input),
      })
      .returning(publicColumns);
    const user = created!;
    ctx.audit({ action: 'users.create', entity: 'user', entityId: user.id, after: user });
    await enqueueEmail(ctx.db, {
      template: 'welcome',
      to: user.email,
      locale: user.locale,
      idempotencyKey: `welcome:${user.id}`,
      data: { name: user.name, email: user.email, loginUrl: `${ctx.requestOrigin}/login` },
      meta: { userId: user.id },
    });
    return { id: user.id };
  },
});

export const updateUser = defineUseCase({
  name: 'users.update',
  permission: 'users.write',
  schema: updateUserSchema,
  async run(ctx, input) {
    const before = await findUser(ctx.db, input.id);
    if (before.id === ctx.actor.userId && input.role !== 'admin') throw new DomainError('errors.cannotDemoteSelf', 'role');
    if (before.role === 'admin' && input.role !== 'admin') await assertNotLastAdmin(ctx.db, before.id);
    await assertEmailFree(ctx.db, input.email, input.id);
    await assertLinksExist(ctx.db, input);
    const [after] = await ctx.db
      .update(users)
      .set({ name: input.name, email: input.email, role: input.role, locale: input.locale, ...linksFor(input.role, input), updatedAt: new Date() })
      .where(eq(users.id, input.id))
      .returning(publicColumns);
    if (before.email !== input.email) await voidResetLinks(ctx.db, input.id);
    ctx.audit({ action: before.role !== input.role ? 'users.change_role' : 'users.update', entity: 'user', entityId: input.id, before, after });
    return { id: input.id };
  },
});

export const blockUser = defineUseCase({
  name: 'users.block',
  permission: 'users.write',
  schema: blockUserSchema,
  async run(ctx, input) {
    if (input.id === ctx.actor.userId) throw new DomainError('errors.cannotBlockSelf');
    const before = await findUser(ctx.db, input.id);
    if (before.status === 'blocked') throw new DomainError('errors.alreadyBlocked');
    if (before.role === 'admin') await assertNotLastAdmin(ctx.db, before.id);
    const [after] = await ctx.db
      .update(users)
      .set({ status: 'blocked', blockedAt: new Date(), blockedReason: input.reason, sessionsValidFrom: new Date(), updatedAt: new Date() })
      .where(eq(users.id, input.id))
      .returning(publicColumns);
    await voidResetLinks(ctx.db, input.id);
    ctx.audit({ action: 'users.block', entity: 'user', entityId: input.id, before, after });
    return { id: input.id };
  },
});

export const unblockUser = defineUseCase({
  name: 'users.unblock',
  permission: 'users.write',
  schema: userIdSchema,
  async run(ctx, input) {
    const before = await findUser(ctx.db, input.id);
    if (before.status === 'active') throw new DomainError('errors.notBlocked');
    const [after] = await ctx.db
      .update(users)
      .set({ status: 'active', blockedAt: null, blockedReason: null, updatedAt: new Date() })
      .where(eq(users.id, input.id))
      .returning(publicColumns);
    ctx.audit({ action: 'users.unblock', entity: 'user', entityId: input.id, before, after });
    return { id: input.id };
  },
});

export function hashResetToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Emails the user a one-time link to choose a new password; earlier links stop working. */
export const sendPasswordReset = defineUseCase({
  name: 'users.password_reset',
  permission: 'users.write',
  schema: userIdSchema,
  async run(ctx: UseCaseContext, input) {
    const user = await findUser(ctx.db, input.id);
    const token = randomBytes(32).toString('base64url');
    await voidResetLinks(ctx.db, user.id);
    const [row] = await ctx.db
      .insert(passwordResetTokens)
      .values({ userId: user.id, tokenHash: hashResetToken(token), expiresAt: new Date(Date.now() + RESET_TOKEN_HOURS * 3600_000) })
      .returning({ id: passwordResetTokens.id });
    await enqueueEmail(ctx.db, {
      template: 'password-reset',
      to: user.email,
      locale: user.locale,
      idempotencyKey: `password-reset:${row!.id}`,
      data: { name: user.name, resetUrl: `${ctx.requestOrigin}/redefinir-senha/${token}`, hours: RESET_TOKEN_HOURS },
      meta: { userId: user.id },
      sensitive: true,
    });
    ctx.audit({ action: 'users.password_reset', entity: 'user', entityId: user.id });
    return { email: user.email };
  },
});

/** Public: anyone holding a valid, unused, unexpired link may set the password once. */
export const resetPasswordWithToken = defineUseCase({
  name: 'users.password_set',
  permission: 'public',
  schema: resetPasswordWithTokenSchema,
  async run(ctx, input) {
    const [claimed] = await ctx.db
      .update(passwordResetTokens)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, hashResetToken(input.token)),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, new Date()),
        ),
      )
      .returning({ userId: passwordResetTokens.userId });
    if (!claimed) throw new DomainError('errors.resetLinkInvalid');
    await ctx.db
      .update(users)
      .set({ passwordHash: await hashPassword(input.password), sessionsValidFrom: new Date(), updatedAt: new Date() })
      .where(eq(users.id, claimed.userId));
    ctx.audit({ action: 'users.password_set', entity: 'user', entityId: claimed.userId });
    return { ok: true };
  },
});

export const changeOwnLocale = defineUseCase({
  name: 'profile.locale',
  permission: 'profile.update',
  schema: changeLocaleSchema,
  async run(ctx, input) {
    await ctx.db.update(users).set({ locale: input.locale, updatedAt: new Date() }).where(eq(users.id, ctx.actor.userId));
    ctx.audit({ action: 'profile.locale', entity: 'user', entityId: ctx.actor.userId, before: { locale: ctx.actor.locale }, after: { locale: input.locale } });
    return { locale: input.locale };
  },
});
