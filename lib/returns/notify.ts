import { eq } from 'drizzle-orm';
import { orders, returns } from '@/db/schema';
import { enqueueEmail } from '@/lib/email/outbox';
import { customerRecipients, eventKey, recipientLink } from '@/lib/orders/recipients';
import { routes } from '@/lib/routes';
import type { UseCaseContext } from '@/lib/server/context';

/** Every step of a return emails the shop, through the outbox, in the step's transaction. */
export async function notifyReturn(ctx: UseCaseContext, ret: typeof returns.$inferSelect, extra: { note?: string | null; creditCents?: number | null } = {}) {
  const [order] = await ctx.db.select({ number: orders.number }).from(orders).where(eq(orders.id, ret.orderId));
  for (const r of await customerRecipients(ctx.db, ret.customerId, false)) {
    await enqueueEmail(ctx.db, {
      template: 'return-status',
      to: r.email,
      locale: r.locale,
      idempotencyKey: eventKey('return', ret.id, ret.status, r.email),
      meta: { returnId: ret.id, status: ret.status },
      data: { name: r.name, number: ret.number, orderNumber: order?.number ?? 0, status: ret.status, note: extra.note ?? null, creditCents: extra.creditCents ?? null, url: recipientLink(ctx.requestOrigin, r, (area) => routes.returns.detail(area, ret.id)) },
    });
  }
}
