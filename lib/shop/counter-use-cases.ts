import { and, eq } from 'drizzle-orm';
import { parkedSales, shopConsumers, shops, users } from '@/db/schema';
import { isValidCpf, normalizeDocument } from '@/lib/crm/document';
import { isValidPhone, normalizePhone } from '@/lib/crm/identifiers';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import { findInScope } from '@/lib/server/find-in-scope';
import { defineUseCase } from '@/lib/server/use-case';
import { currentShop } from './current';
import { posItemsByIds } from './pos-items';
import { openSession } from './sale-use-cases';
import { chooseShopSchema, newConsumerSchema, parkedIdSchema, parkSaleSchema } from './schemas';
import { shopRecordScope, shopScope } from './scope';

/** A consumer registered at the counter: a valid CPF (unique in the shop), optionally a phone and an e-mail. */
export const createConsumer = defineUseCase({
  name: 'consumers.create',
  permission: 'shop.consumers',
  schema: newConsumerSchema,
  async run(ctx, input) {
    const shop = await currentShop(ctx.db, ctx.actor);
    if (!isValidCpf(input.cpf)) throw new DomainError('validation.cpf', 'cpf');
    if (input.phone && !isValidPhone(input.phone)) throw new DomainError('validation.phone', 'phone');
    const cpf = normalizeDocument(input.cpf);
    const [taken] = await ctx.db.select({ id: shopConsumers.id }).from(shopConsumers).where(and(eq(shopConsumers.shopId, shop.id), eq(shopConsumers.cpf, cpf)));
    if (taken) throw new DomainError('shop.errors.consumerTaken', 'cpf');
    const [row] = await ctx.db
      .insert(shopConsumers)
      .values({ shopId: shop.id, name: input.name, cpf, phone: input.phone ? normalizePhone(input.phone) : null, email: input.email })
      .returning({ id: shopConsumers.id, name: shopConsumers.name, cpf: shopConsumers.cpf, phone: shopConsumers.phone, email: shopConsumers.email });
    ctx.audit({ action: 'consumers.create', entity: 'shop_consumer', entityId: row!.id, after: { name: row!.name, shopId: shop.id } });
    return row!;
  },
});

/** Puts the cart aside (the buyer went to try something on); nothing is priced or moved until it is resumed and finished. */
export const parkSale = defineUseCase({
  name: 'sales.park',
  permission: 'pos.sell',
  schema: parkSaleSchema,
  async run(ctx, input) {
    const shop = await currentShop(ctx.db, ctx.actor);
    if (input.consumerId) {
      const [consumer] = await ctx.db.select({ id: shopConsumers.id }).from(shopConsumers).where(and(eq(shopConsumers.id, input.consumerId), eq(shopConsumers.shopId, shop.id)));
      if (!consumer) throw new NotFoundError();
    }
    const [row] = await ctx.db
      .insert(parkedSales)
      .values({
        shopId: shop.id,
        label: input.label || ctx.actor.name,
        cart: { lines: input.lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity, discount: l.discount })), discount: input.discount, consumerId: input.consumerId },
        parkedById: ctx.actor.userId,
      })
      .returning({ id: parkedSales.id });
    ctx.audit({ action: 'sales.park', entity: 'parked_sale', entityId: row!.id, after: { lines: input.lines.length } });
    return { parkedId: row!.id };
  },
});

/** Takes a parked cart back to the counter (and off the parked list), in the shop's scope. */
export const resumeSale = defineUseCase({
  name: 'sales.resume',
  permission: 'pos.sell',
  schema: parkedIdSchema,
  async run(ctx, input) {
    const parked = await findInScope(ctx.db, parkedSales, input.parkedId, shopRecordScope(ctx.actor, parkedSales.shopId));
    await ctx.db.delete(parkedSales).where(eq(parkedSales.id, parked.id));
    const location = input.sessionId ? await openSession(ctx.db, parked.shopId, input.sessionId).catch(() => null) : null;
    const items = await posItemsByIds(ctx.db, parked.shopId, location?.locationId ?? null, parked.cart.lines.map((l) => l.variantId));
    const [consumer] = parked.cart.consumerId
      ? await ctx.db.select({ id: shopConsumers.id, name: shopConsumers.name, cpf: shopConsumers.cpf, phone: shopConsumers.phone, email: shopConsumers.email }).from(shopConsumers).where(eq(shopConsumers.id, parked.cart.consumerId))
      : [];
    ctx.audit({ action: 'sales.resume', entity: 'parked_sale', entityId: parked.id });
    return { cart: parked.cart, items, consumer: consumer ?? null };
  },
});

/** An owner with several shops chooses the one it works in now (the POS, registers and stock follow). */
export const chooseShop = defineUseCase({
  name: 'shops.choose',
  permission: 'area.lojista',
  schema: chooseShopSchema,
  async run(ctx, input) {
    const shop = await findInScope(ctx.db, shops, input.shopId, shopScope(ctx.actor), { lock: false });
    await ctx.db.update(users).set({ shopId: shop.id }).where(eq(users.id, ctx.actor.userId));
    ctx.audit({ action: 'shops.choose', entity: 'user', entityId: ctx.actor.userId, after: { shopId: shop.id } });
    return { shopId: shop.id };
  },
});
