import { and, eq, isNull } from 'drizzle-orm';
import { registerMovements, registerSessions, registers } from '@/db/schema';
import { DomainError } from '@/lib/server/errors';
import { findInScope } from '@/lib/server/find-in-scope';
import { defineUseCase } from '@/lib/server/use-case';
import { createShopLocation, shopLocationIds } from '@/lib/stock';
import { currentShop } from './current';
import { sessionExpected } from './register-totals';
import { countDifference } from './sale-math';
import { closeRegisterSchema, newRegisterSchema, openRegisterSchema, registerLocationSchema, registerMovementSchema } from './schemas';
import { shopRecordScope } from './scope';

/** The owner adds a register to the shop it works in; its sales take goods from the shop's first location unless another is named. */
export const createRegister = defineUseCase({
  name: 'registers.create',
  permission: 'shop.settings',
  schema: newRegisterSchema,
  async run(ctx, input) {
    const shop = await currentShop(ctx.db, ctx.actor);
    const locations = await shopLocationIds(ctx.db, shop.id);
    if (input.locationId && !locations.includes(input.locationId)) throw new DomainError('validation.invalidOption', 'locationId');
    const locationId = input.locationId ?? locations[0] ?? (await createShopLocation(ctx.db, shop.id, 'Loja'));
    const [taken] = await ctx.db.select({ id: registers.id }).from(registers).where(and(eq(registers.shopId, shop.id), eq(registers.name, input.name)));
    if (taken) throw new DomainError('shop.errors.registerNameTaken', 'name');
    const [row] = await ctx.db.insert(registers).values({ shopId: shop.id, name: input.name, locationId }).returning();
    ctx.audit({ action: 'registers.create', entity: 'register', entityId: row!.id, after: { name: row!.name, shopId: shop.id } });
    return { registerId: row!.id };
  },
});

/** Which of the shop's stock locations a register sells from (the floor, a second shop floor); later sales take goods from there. */
export const setRegisterLocation = defineUseCase({
  name: 'registers.location',
  permission: 'shop.settings',
  schema: registerLocationSchema,
  async run(ctx, input) {
    const shop = await currentShop(ctx.db, ctx.actor);
    const register = await findInScope(ctx.db, registers, input.registerId, and(shopRecordScope(ctx.actor, registers.shopId), eq(registers.shopId, shop.id))!);
    if (!(await shopLocationIds(ctx.db, shop.id)).includes(input.locationId)) throw new DomainError('validation.invalidOption', 'locationId');
    await ctx.db.update(registers).set({ locationId: input.locationId }).where(eq(registers.id, register.id));
    ctx.audit({ action: 'registers.location', entity: 'register', entityId: register.id, before: { locationId: register.locationId }, after: { locationId: input.locationId } });
    return { registerId: register.id, locationId: input.locationId };
  },
});

/** Opens a session with its float; a register has one open session at a time (a unique index backs this up). */
export const openRegister = defineUseCase({
  name: 'registers.open',
  permission: 'registers.operate',
  schema: openRegisterSchema,
  async run(ctx, input) {
    const register = await findInScope(ctx.db, registers, input.registerId, shopRecordScope(ctx.actor, registers.shopId));
    if (!register.active) throw new DomainError('errors.notFound');
    const [open] = await ctx.db.select({ id: registerSessions.id }).from(registerSessions).where(and(eq(registerSessions.registerId, register.id), isNull(registerSessions.closedAt)));
    if (open) throw new DomainError('shop.errors.registerAlreadyOpen', 'registerId');
    const [session] = await ctx.db.insert(registerSessions).values({ registerId: register.id, shopId: register.shopId, openedById: ctx.actor.userId, floatCents: input.float }).returning();
    ctx.audit({ action: 'registers.open', entity: 'register_session', entityId: session!.id, after: { register: register.name, floatCents: input.float } });
    return { sessionId: session!.id };
  },
});

/** A withdrawal (sangria) or a deposit (suprimento) with its reason; a withdrawal never takes more cash than the register should hold. */
export const moveRegisterCash = defineUseCase({
  name: 'registers.move',
  permission: 'registers.operate',
  schema: registerMovementSchema,
  async run(ctx, input) {
    const session = await findInScope(ctx.db, registerSessions, input.sessionId, shopRecordScope(ctx.actor, registerSessions.shopId));
    if (session.closedAt) throw new DomainError('shop.errors.registerClosed');
    if (input.kind === 'withdrawal' && input.amount > (await sessionExpected(ctx.db, session.id)).cash) throw new DomainError('shop.errors.withdrawalAboveCash', 'amount');
    const [row] = await ctx.db.insert(registerMovements).values({ sessionId: session.id, shopId: session.shopId, kind: input.kind, amountCents: input.amount, reason: input.reason, actorId: ctx.actor.userId }).returning();
    ctx.audit({ action: `registers.${input.kind}`, entity: 'register_session', entityId: session.id, after: { amountCents: input.amount, reason: input.reason, movementId: row!.id } });
    return { movementId: row!.id };
  },
});

/**
 * Closes a session with the count of each payment method. The session row is locked, so sales in
 * flight (which hold it shared) finish first and none lands after the count.
 */
export const closeRegister = defineUseCase({
  name: 'registers.close',
  permission: 'registers.operate',
  schema: closeRegisterSchema,
  async run(ctx, input) {
    const session = await findInScope(ctx.db, registerSessions, input.sessionId, shopRecordScope(ctx.actor, registerSessions.shopId));
    if (session.closedAt) throw new DomainError('shop.errors.registerClosed');
    const expected = await sessionExpected(ctx.db, session.id);
    const counted = { cash: input.cash, debit: input.debit, credit: input.credit, pix: input.pix };
    const difference = countDifference(expected, counted);
    await ctx.db.update(registerSessions).set({ closedAt: new Date(), closedById: ctx.actor.userId, expected, counted, closingNotes: input.notes }).where(eq(registerSessions.id, session.id));
    ctx.audit({ action: 'registers.close', entity: 'register_session', entityId: session.id, after: { expected, counted, differenceCents: difference.totalCents } });
    return { sessionId: session.id, differenceCents: difference.totalCents };
  },
});
