import { and, asc, eq, sql } from 'drizzle-orm';
import { orderLines, orders, priceListItems, stockLedger } from '@/db/schema';
import { makeOrder } from '@/db/testing/order-fixtures';
import { adjustOrder } from './adjust';
import { ordersTestKit } from './orders-test-kit';

/**
 * The orders test kit plus what the adjustment tests share: a shop's (Boutique Aurora's) order waiting
 * for approval, built through the use cases, and readers of its lines, row and reservations. Variants
 * are named by their index in the kit's product grid (Preto P, M, G, GG, then Off-white P, M, G, GG).
 */
export async function adjustTestKit() {
  const kit = await ordersTestKit();
  const { db, A, rsChannel, productId, variants, termId, run } = kit;

  /** An order waiting for approval with one line per entry: [variant index, pieces]. */
  const submitted = async (lines: [number, number][]) => {
    const order = await makeOrder(db, {
      customer: { id: A.lojista!.customerId! },
      channel: { id: rsChannel },
      lines: lines.map(([i, quantity]) => ({ variantId: variants[i]!.id, quantity })),
      paymentTermId: termId,
    });
    if (order.status !== 'submitted') throw new Error(`fixture: order is '${order.status}'`);
    return order;
  };
  /** [variant id, pieces, unit price] per line, by variant id. */
  const linesOf = async (orderId: string) =>
    (
      await db
        .select({ variantId: orderLines.variantId, quantity: orderLines.quantity, unit: orderLines.unitPriceCents })
        .from(orderLines)
        .where(eq(orderLines.orderId, orderId))
        .orderBy(asc(orderLines.variantId))
    ).map((l) => [l.variantId, l.quantity, l.unit]);
  const orderRow = async (orderId: string) => (await db.select().from(orders).where(eq(orders.id, orderId)))[0]!;
  /** "Ajustar quantidades" as `who`: [variant index, new quantity as typed]. */
  const adjust = (who: keyof typeof A, orderId: string, lines: [number, number | string][]) =>
    run(A[who]!, adjustOrder, { orderId, lines: lines.map(([i, quantity]) => ({ variantId: variants[i]!.id, quantity: String(quantity) })) });
  /** How a line is named in messages, emails and the audit ("… — Preto P"). */
  const label = (i: number) => `${variants[i]!.colorName} ${variants[i]!.size}`;
  /** The pieces reserved for an order, from the stock ledger. */
  const reservedFor = async (orderId: string): Promise<number> => {
    const [row] = await db
      .select({ n: sql<number>`coalesce(sum(${stockLedger.quantity}), 0)::int` })
      .from(stockLedger)
      .where(and(eq(stockLedger.orderId, orderId), eq(stockLedger.kind, 'reservation')));
    return row!.n;
  };
  /** Test setup: the product's price in every list set to `cents` while `fn` runs, then put back. */
  const withListPrice = async <T>(cents: number, fn: () => Promise<T>): Promise<T> => {
    const saved = await db.select().from(priceListItems).where(eq(priceListItems.productId, productId));
    await db.update(priceListItems).set({ priceCents: cents }).where(eq(priceListItems.productId, productId));
    try {
      return await fn();
    } finally {
      for (const r of saved)
        await db
          .update(priceListItems)
          .set({ priceCents: r.priceCents })
          .where(and(eq(priceListItems.priceListId, r.priceListId), eq(priceListItems.productId, r.productId)));
    }
  };
  return { ...kit, submitted, linesOf, orderRow, adjust, label, reservedFor, withListPrice };
}
export type AdjustTestKit = Awaited<ReturnType<typeof adjustTestKit>>;
