import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { channels, customers, users } from '@/db/schema';
import { customerScope } from '@/lib/crm/scope';
import { DomainError } from '@/lib/server/errors';
import { defineUseCase } from '@/lib/server/use-case';

/** "Origem do envio": remembered on the user, so every page reprices from it. */
export const chooseOrigin = defineUseCase({
  name: 'storefront.origin',
  permission: 'storefront.browse',
  schema: z.strictObject({ channelId: z.uuid({ error: 'validation.invalidOption' }) }),
  async run(ctx, input) {
    const [channel] = await ctx.db.select({ id: channels.id }).from(channels).where(and(eq(channels.id, input.channelId), eq(channels.active, true)));
    if (!channel) throw new DomainError('validation.invalidOption', 'channelId');
    await ctx.db.update(users).set({ channelId: channel.id }).where(eq(users.id, ctx.actor.userId));
    ctx.audit({ action: 'storefront.origin', entity: 'user', entityId: ctx.actor.userId, after: { channelId: channel.id } });
    return { channelId: channel.id };
  },
});

/** "Atendendo": a representative serves one of its portfolio customers, and sees that customer's prices. */
export const serveCustomer = defineUseCase({
  name: 'storefront.serve',
  permission: 'storefront.browse',
  schema: z.strictObject({ customerId: z.union([z.literal(''), z.uuid({ error: 'validation.invalidOption' })]) }),
  async run(ctx, input) {
    if (ctx.actor.role !== 'representante') throw new DomainError('errors.forbidden');
    let customerId: string | null = null;
    if (input.customerId) {
      const [c] = await ctx.db.select({ id: customers.id }).from(customers).where(and(eq(customers.id, input.customerId), customerScope(ctx.actor)));
      if (!c) throw new DomainError('storefront.notInPortfolio', 'customerId');
      customerId = c.id;
    }
    await ctx.db.update(users).set({ servingCustomerId: customerId }).where(eq(users.id, ctx.actor.userId));
    ctx.audit({ action: 'storefront.serve', entity: 'user', entityId: ctx.actor.userId, after: { servingCustomerId: customerId } });
    return { customerId };
  },
});
