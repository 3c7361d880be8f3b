import { and, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { stockLedger, stockLevels } from '@/db/schema';
import { DomainError } from '@/lib/server/errors';

type Line = { variantId: string; quantity: number; label: string };
type Movement = { db: DbExecutor; channelId: string; orderId: string; actorId: string | null; lines: Line[] };

/** Lines in a fixed order (by variant), so concurrent transactions lock stock rows in the same order and never deadlock. */
export const inLockOrder = <T extends { variantId: string }>(lines: T[]): T[] => [...lines].sort((a, b) => (a.variantId < b.variantId ? -1 : a.variantId > b.variantId ? 1 : 0));

/**
 * Reserves every line at the channel, or none: one conditional UPDATE per line (available ≥ wanted).
 * If any line is short, throws naming all the short lines, and the transaction undoes the rest.
 */
export async function reserveStock({ db, channelId, orderId, actorId, lines }: Movement): Promise<void> {
  const short: string[] = [];
  for (const line of inLockOrder(lines)) {
    const [row] = await db
      .update(stockLevels)
      .set({ reserved: sql`${stockLevels.reserved} + ${line.quantity}` })
      .where(and(eq(stockLevels.channelId, channelId), eq(stockLevels.variantId, line.variantId), sql`${stockLevels.onHand} - ${stockLevels.reserved} >= ${line.quantity}`))
      .returning({ reserved: stockLevels.reserved });
    if (!row) short.push(line.label);
  }
  if (short.length) throw new DomainError('orders.errors.stockShort', undefined, { lines: short.join('; ') });
  await db.insert(stockLedger).values(inLockOrder(lines).map((l) => ({ channelId, variantId: l.variantId, kind: 'reservation' as const, quantity: l.quantity, orderId, actorId })));
}

/** Gives a cancelled order's reservation back. */
export async function releaseStock({ db, channelId, orderId, actorId, lines }: Movement): Promise<void> {
  for (const line of inLockOrder(lines)) {
    const [row] = await db
      .update(stockLevels)
      .set({ reserved: sql`${stockLevels.reserved} - ${line.quantity}` })
      .where(and(eq(stockLevels.channelId, channelId), eq(stockLevels.variantId, line.variantId), sql`${stockLevels.reserved} >= ${line.quantity}`))
      .returning({ reserved: stockLevels.reserved });
    if (!row) throw new Error(`reservation missing for ${line.variantId}`);
  }
  await db.insert(stockLedger).values(inLockOrder(lines).map((l) => ({ channelId, variantId: l.variantId, kind: 'release' as const, quantity: -l.quantity, orderId, actorId })));
}

/** Goods leave the warehouse: on hand and reserved both drop by the shipped quantity. */
export async function shipStock({ db, channelId, orderId, actorId, lines }: Movement): Promise<void> {
  for (const line of inLockOrder(lines)) {
    const [row] = await db
      .update(stockLevels)
      .set({ onHand: sql`${stockLevels.onHand} - ${line.quantity}`, reserved: sql`${stockLevels.reserved} - ${line.quantity}` })
      .where(and(eq(stockLevels.channelId, channelId), eq(stockLevels.variantId, line.variantId), sql`${stockLevels.reserved} >= ${line.quantity}`))
      .returning({ onHand: stockLevels.onHand });
    if (!row) throw new Error(`reservation missing for ${line.variantId}`);
  }
  await db.insert(stockLedger).values(inLockOrder(lines).map((l) => ({ channelId, variantId: l.variantId, kind: 'shipment' as const, quantity: -l.quantity, orderId, actorId })));
}
