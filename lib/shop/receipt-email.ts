import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { emailOutbox, saleLines, salePayments, sales, shopConsumers, shops } from '@/db/schema';
import { enqueueEmail } from '@/lib/email/outbox';
import { formatDateTime } from '@/lib/format';
import { findInScope } from '@/lib/server/find-in-scope';
import { defineUseCase } from '@/lib/server/use-case';
import { shopRecordScope } from './scope';

export const emailReceiptSchema = z.strictObject({
  saleId: z.uuid({ error: 'validation.invalidOption' }),
  email: z.email({ error: 'validation.email' }).max(200, { error: 'validation.tooBig' }),
});

/** Queues a sale's receipt to the address typed at the counter (the same sale to the same address is queued once). */
export const emailReceipt = defineUseCase({
  name: 'sales.email_receipt',
  permission: 'pos.sell',
  schema: emailReceiptSchema,
  async run(ctx, input) {
    const sale = await findInScope(ctx.db, sales, input.saleId, shopRecordScope(ctx.actor, sales.shopId), { lock: false });
    const idempotencyKey = `sale-receipt:${sale.id}:${input.email.toLowerCase()}`;
    const [queued] = await ctx.db.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.idempotencyKey, idempotencyKey));
    if (queued) return { emailId: queued.id, email: input.email };
    const [[shop], lines, payments, [consumer]] = await Promise.all([
      ctx.db.select({ name: shops.name }).from(shops).where(eq(shops.id, sale.shopId)),
      ctx.db.select().from(saleLines).where(eq(saleLines.saleId, sale.id)).orderBy(asc(saleLines.position)),
      ctx.db.select().from(salePayments).where(eq(salePayments.saleId, sale.id)),
      sale.consumerId ? ctx.db.select({ name: shopConsumers.name }).from(shopConsumers).where(and(eq(shopConsumers.id, sale.consumerId), eq(shopConsumers.shopId, sale.shopId))) : Promise.resolve([]),
    ]);
    const emailId = await enqueueEmail(ctx.db, {
      to: input.email,
      locale: ctx.actor.locale,
      idempotencyKey,
      template: 'sale-receipt',
      data: {
        number: sale.number,
        shopName: shop!.name,
        date: formatDateTime(sale.createdAt, ctx.actor.locale),
        name: consumer?.name ?? null,
        lines: lines.map((l) => ({ description: l.description, quantity: l.quantity, totalCents: l.totalCents })),
        subtotalCents: sale.subtotalCents,
        discountCents: sale.lineDiscountCents + sale.discountCents,
        totalCents: sale.totalCents,
        payments: payments.map((p) => ({ method: p.method, amountCents: p.amountCents, installments: p.installments })),
        changeCents: sale.changeCents,
      },
      meta: { saleId: sale.id },
    });
    ctx.audit({ action: 'sales.email_receipt', entity: 'sale', entityId: sale.id, after: { to: input.email } });
    return { emailId, email: input.email };
  },
});
