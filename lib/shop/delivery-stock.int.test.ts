import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderLines, orders, purchaseRequests, shopProducts, shops, stockLedger, stockLevels, stockLocations } from '@/db/schema';
import { makeOrder } from '@/db/testing/order-fixtures';
import { ordersTestKit, type OrdersTestKit } from '@/lib/orders/orders-test-kit';
import { openPurchaseLines } from './purchase-minimum';
import { sendPurchaseRequest } from './purchase-use-cases';
import { receiveDeliveredOrder } from './receipts';

let k: OrdersTestKit;
beforeAll(async () => {
  k = await ordersTestKit();
});
afterAll(() => k.drop());

describe('a delivered B2B order enters the shop stock', () => {
  it('once, at what the shop paid, however often delivery is reported', async () => {
    const v = k.variants[0]!.id;
    await k.setStock(v, 10);
    const order = await makeOrder(k.db, { customer: { id: k.A.lojista!.customerId! }, channel: { id: k.rsChannel }, lines: [{ variantId: v, quantity: 3 }], state: 'delivered', paymentTermId: k.termId });
    const [shop] = await k.db.select().from(shops).where(eq(shops.customerId, order.customerId));
    const [location] = await k.db.select().from(stockLocations).where(eq(stockLocations.shopId, shop!.id));
    const level = async () => (await k.db.select().from(stockLevels).where(and(eq(stockLevels.locationId, location!.id), eq(stockLevels.variantId, v))))[0]?.onHand;
    expect(await level()).toBe(3);
    // Reported again (a retried job, two requests at once): nothing more enters.
    expect(await Promise.all([receiveDeliveredOrder(k.db, order.id, null), receiveDeliveredOrder(k.db, order.id, null)])).toEqual([null, null]);
    expect(await level()).toBe(3);
    expect(await k.db.select({ kind: stockLedger.kind, quantity: stockLedger.quantity }).from(stockLedger).where(and(eq(stockLedger.orderId, order.id), eq(stockLedger.locationId, location!.id)))).toEqual([{ kind: 'receipt', quantity: 3 }]);
    const [line] = await k.db.select().from(shopProducts).where(and(eq(shopProducts.shopId, shop!.id), eq(shopProducts.productId, k.productId)));
    const [priced] = await k.db.select({ total: orders.totalCents, shopStockAt: orders.shopStockAt }).from(orders).where(eq(orders.id, order.id));
    expect(line!.costCents).toBe(priced!.total / 3);
    expect(priced!.shopStockAt).not.toBeNull();
  });

  it('a brand product at its minimum is reordered from the brand: sending the request fills the shop draft B2B order', async () => {
    const v = k.variants[0]!.id;
    const [shop] = await k.db.select().from(shops).where(eq(shops.customerId, k.A.lojista!.customerId!));
    const [requestId] = await openPurchaseLines(k.db, shop!.id, [{ variantId: v, onHand: 1, reserved: 0, minimum: 2 }]);
    const [request] = await k.db.select().from(purchaseRequests).where(eq(purchaseRequests.id, requestId!));
    expect(request).toMatchObject({ supplierId: null, status: 'open' });
    const sent = await k.run(k.A.lojista!, sendPurchaseRequest, { requestId, notes: '', lines: [] });
    expect(sent.ok).toBe(true);
    const orderId = (sent as { data: { orderId: string } }).data.orderId;
    const [order] = await k.db.select().from(orders).where(eq(orders.id, orderId));
    expect(order).toMatchObject({ status: 'draft', shopId: shop!.id, customerId: shop!.customerId });
    expect(await k.db.select({ variantId: orderLines.variantId, quantity: orderLines.quantity }).from(orderLines).where(eq(orderLines.orderId, orderId))).toEqual([{ variantId: v, quantity: 3 }]);
    expect((await k.db.select().from(purchaseRequests).where(eq(purchaseRequests.id, requestId!)))[0]).toMatchObject({ status: 'sent', orderId });
  });
});
