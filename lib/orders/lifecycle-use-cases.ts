import { defineUseCase } from '@/lib/server/use-case';
import { receiveDeliveredOrder } from '@/lib/shop/receipts';
import { lockOrder } from './draft';
import { approve, cancel, ship, transition } from './lifecycle';
import { invoiceSchema, orderIdSchema, orderReasonSchema, shipSchema } from './schemas';

/**
 * The steps after submission. Each locks the order inside the actor's scope (a representative
 * reaches only its portfolio's orders, a shop only its own) and moves it by the transition table.
 */
export const approveOrder = defineUseCase({
  name: 'orders.approve',
  permission: 'orders.approve',
  schema: orderIdSchema,
  async run(ctx, input) {
    const order = await approve(ctx, await lockOrder(ctx, input.orderId));
    return { status: order.status };
  },
});

export const rejectOrder = defineUseCase({
  name: 'orders.reject',
  permission: 'orders.approve',
  schema: orderReasonSchema,
  async run(ctx, input) {
    const order = await transition(ctx, await lockOrder(ctx, input.orderId), 'reject', { rejectionReason: input.reason, note: input.reason });
    return { status: order.status };
  },
});

/** Finance lets a held order through: it becomes approved (its stock is already reserved). */
export const releaseOrder = defineUseCase({
  name: 'orders.release',
  permission: 'orders.release',
  schema: orderIdSchema,
  async run(ctx, input) {
    const order = await transition(ctx, await lockOrder(ctx, input.orderId), 'release', { holdReason: null });
    return { status: order.status };
  },
});

export const cancelOrder = defineUseCase({
  name: 'orders.cancel',
  permission: 'orders.cancel',
  schema: orderReasonSchema,
  async run(ctx, input) {
    const order = await cancel(ctx, await lockOrder(ctx, input.orderId), 'cancel', input.reason);
    return { status: order.status };
  },
});

/** The shop cancels its own order while it still waits for approval. */
export const withdrawOrder = defineUseCase({
  name: 'orders.withdraw',
  permission: 'orders.withdraw',
  schema: orderReasonSchema,
  async run(ctx, input) {
    const order = await cancel(ctx, await lockOrder(ctx, input.orderId), 'withdraw', input.reason);
    return { status: order.status };
  },
});

export const invoiceOrder = defineUseCase({
  name: 'orders.invoice',
  permission: 'orders.fulfil',
  schema: invoiceSchema,
  async run(ctx, input) {
    const order = await transition(ctx, await lockOrder(ctx, input.orderId), 'invoice', { invoiceNumber: input.invoiceNumber, invoicedAt: new Date() });
    return { status: order.status };
  },
});

export const shipOrder = defineUseCase({
  name: 'orders.ship',
  permission: 'orders.fulfil',
  schema: shipSchema,
  async run(ctx, input) {
    const order = await ship(ctx, await lockOrder(ctx, input.orderId), input.trackingCode);
    return { status: order.status };
  },
});

export const deliverOrder = defineUseCase({
  name: 'orders.deliver',
  permission: 'orders.fulfil',
  schema: orderIdSchema,
  async run(ctx, input) {
    const order = await transition(ctx, await lockOrder(ctx, input.orderId), 'deliver', { deliveredAt: new Date() });
    // The goods are the shop's now: they enter its stock (once) and its assortment.
    await receiveDeliveredOrder(ctx.db, order.id, ctx.actor.userId);
    return { status: order.status };
  },
});
