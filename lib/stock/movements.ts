import { and, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { stockLedger, stockLevels, type stockMovementEnum } from '@/db/schema';
import { StockShortError, StockWouldGoNegativeError } from './errors';
import { inLockOrder } from './lock-order';

/**
 * The one API that writes stock. Every function runs in the caller's transaction and writes the
 * levels and their ledger rows together; every decrease is one conditional UPDATE per line (so
 * concurrency cannot oversell), rows are touched in a fixed order (so it cannot deadlock), and the
 * table's CHECK is the last guard. Nothing else writes stock_levels or stock_ledger.
 */

export type StockMovementKind = (typeof stockMovementEnum.enumValues)[number];
/** One variant and a positive quantity; `label` ("Vestido Midi — Azul M") names it in errors. */
export type StockLine = { variantId: string; quantity: number; label?: string };
/** Who moved the stock and what for: the order or return behind it, or a reason typed by a person. */
export type StockSource = {
  actorId: string | null;
  orderId?: string | null;
  returnId?: string | null;
  saleId?: string | null;
  reason?: string | null;
};
export type Level = { variantId: string; onHand: number; reserved: number };
/** A level after goods left: with its minimum, so the caller sees which variants reached it. */
export type LevelAfter = Level & { minimum: number };

type Move = {
  locationId: string;
  lines: readonly StockLine[];
  source: StockSource;
};

function ledgerRows(locationId: string, lines: readonly StockLine[], kind: StockMovementKind, sign: 1 | -1, source: StockSource, counterpartLocationId: string | null = null) {
  return inLockOrder(lines).map((l) => ({
    locationId,
    variantId: l.variantId,
    kind,
    quantity: sign * l.quantity,
    reason: source.reason ?? null,
    actorId: source.actorId,
    orderId: source.orderId ?? null,
    returnId: source.returnId ?? null,
    saleId: source.saleId ?? null,
    counterpartLocationId,
  }));
}

const label = (l: StockLine) => l.label ?? l.variantId;

/** One line per variant (quantities summed), so a bulk upsert never touches a row twice. */
function merged(lines: readonly StockLine[]): StockLine[] {
  const byVariant = new Map<string, StockLine>();
  for (const l of lines) {
    const seen = byVariant.get(l.variantId);
    byVariant.set(l.variantId, seen ? { ...seen, quantity: seen.quantity + l.quantity } : { ...l });
  }
  return [...byVariant.values()];
}

/** Goods in (a receipt, a restocked return): on hand grows; a missing level row is created. */
export async function receive(db: DbExecutor, { locationId, lines: given, source, kind = 'receipt' }: Move & { kind?: 'receipt' | 'return' | 'void' }): Promise<Level[]> {
  const lines = merged(given);
  if (!lines.length) return [];
  const levels = await db
    .insert(stockLevels)
    .values(
      inLockOrder(lines).map((l) => ({
        locationId,
        variantId: l.variantId,
        onHand: l.quantity,
      })),
    )
    .onConflictDoUpdate({
      target: [stockLevels.locationId, stockLevels.variantId],
      set: { onHand: sql`${stockLevels.onHand} + excluded.on_hand` },
    })
    .returning({
      variantId: stockLevels.variantId,
      onHand: stockLevels.onHand,
      reserved: stockLevels.reserved,
    });
  await db.insert(stockLedger).values(ledgerRows(locationId, lines, kind, 1, source));
  return levels;
}

/** A count correction of one variant (signed): never below what is reserved. */
export async function adjust(
  db: DbExecutor,
  {
    locationId,
    variantId,
    quantity,
    source,
  }: {
    locationId: string;
    variantId: string;
    quantity: number;
    source: StockSource;
  },
): Promise<LevelAfter> {
  await db.insert(stockLevels).values({ locationId, variantId }).onConflictDoNothing();
  const [row] = await db
    .update(stockLevels)
    .set({ onHand: sql`${stockLevels.onHand} + ${quantity}` })
    .where(and(eq(stockLevels.locationId, locationId), eq(stockLevels.variantId, variantId), sql`${stockLevels.onHand} + ${quantity} >= ${stockLevels.reserved}`))
    .returning({
      variantId: stockLevels.variantId,
      onHand: stockLevels.onHand,
      reserved: stockLevels.reserved,
      minimum: stockLevels.minimum,
    });
  if (!row) throw new StockWouldGoNegativeError('quantity');
  await db.insert(stockLedger).values({
    locationId,
    variantId,
    kind: 'adjustment',
    quantity,
    reason: source.reason ?? null,
    actorId: source.actorId,
    orderId: source.orderId ?? null,
    returnId: source.returnId ?? null,
    saleId: source.saleId ?? null,
  });
  return row;
}

/**
 * Reserves every line, or none: one conditional UPDATE per line (available ≥ wanted). If any line is
 * short, throws StockShortError naming all the short lines; the caller's transaction undoes the rest.
 */
export async function reserve(db: DbExecutor, { locationId, lines, source }: Move): Promise<void> {
  const short: string[] = [];
  for (const line of inLockOrder(lines)) {
    const [row] = await db
      .update(stockLevels)
      .set({ reserved: sql`${stockLevels.reserved} + ${line.quantity}` })
      .where(and(eq(stockLevels.locationId, locationId), eq(stockLevels.variantId, line.variantId), sql`${stockLevels.onHand} - ${stockLevels.reserved} >= ${line.quantity}`))
      .returning({ reserved: stockLevels.reserved });
    if (!row) short.push(label(line));
  }
  if (short.length) throw new StockShortError(short);
  if (lines.length) await db.insert(stockLedger).values(ledgerRows(locationId, lines, 'reservation', 1, source));
}

/** Gives a reservation back (a cancelled order). A missing reservation is a bug, not a user error. */
export async function release(db: DbExecutor, { locationId, lines, source }: Move): Promise<void> {
  for (const line of inLockOrder(lines)) {
    const [row] = await db
      .update(stockLevels)
      .set({ reserved: sql`${stockLevels.reserved} - ${line.quantity}` })
      .where(and(eq(stockLevels.locationId, locationId), eq(stockLevels.variantId, line.variantId), sql`${stockLevels.reserved} >= ${line.quantity}`))
      .returning({ reserved: stockLevels.reserved });
    if (!row) throw new Error(`reservation missing for ${line.variantId}`);
  }
  if (lines.length) await db.insert(stockLedger).values(ledgerRows(locationId, lines, 'release', -1, source));
}

/**
 * Goods leave for good. `fromReserved`: they were reserved (an approved order ships), so on hand and
 * reserved both drop. Otherwise (a counter sale, a repair part) they must be available now, or
 * StockShortError names the short lines and nothing moves — unless `allowNegative` (a shop that
 * lets its counter sell what the system does not show): then on hand may go below zero.
 * Returns each level after the move, with its minimum.
 */
export async function consume(
  db: DbExecutor,
  { locationId, lines, source, kind, fromReserved, allowNegative = false }: Move & { kind: StockMovementKind; fromReserved: boolean; allowNegative?: boolean },
): Promise<LevelAfter[]> {
  const short: string[] = [];
  const after: LevelAfter[] = [];
  if (allowNegative && !fromReserved) await db.insert(stockLevels).values(inLockOrder(lines).map((l) => ({ locationId, variantId: l.variantId }))).onConflictDoNothing();
  for (const line of inLockOrder(lines)) {
    const [row] = await db
      .update(stockLevels)
      .set(
        fromReserved
          ? {
              onHand: sql`${stockLevels.onHand} - ${line.quantity}`,
              reserved: sql`${stockLevels.reserved} - ${line.quantity}`,
            }
          : allowNegative
            ? { onHand: sql`${stockLevels.onHand} - ${line.quantity}`, negativeAllowed: true }
            : { onHand: sql`${stockLevels.onHand} - ${line.quantity}` },
      )
      .where(
        and(
          eq(stockLevels.locationId, locationId),
          eq(stockLevels.variantId, line.variantId),
          fromReserved ? sql`${stockLevels.reserved} >= ${line.quantity}` : allowNegative ? undefined : sql`${stockLevels.onHand} - ${stockLevels.reserved} >= ${line.quantity}`,
        ),
      )
      .returning({ variantId: stockLevels.variantId, onHand: stockLevels.onHand, reserved: stockLevels.reserved, minimum: stockLevels.minimum });
    if (!row && fromReserved) throw new Error(`reservation missing for ${line.variantId}`);
    if (!row) short.push(label(line));
    else after.push(row);
  }
  if (short.length) throw new StockShortError(short);
  if (lines.length) await db.insert(stockLedger).values(ledgerRows(locationId, lines, kind, -1, source));
  return after;
}

/**
 * Moves available goods from one location to another (a shop's back room to its floor, a channel to
 * another): all lines or none, each side's ledger row naming the other location.
 */
export async function transfer(
  db: DbExecutor,
  {
    from,
    to,
    lines,
    source,
  }: {
    from: string;
    to: string;
    lines: readonly StockLine[];
    source: StockSource;
  },
): Promise<void> {
  if (from === to) throw new Error('transfer to the same location');
  // Both sides' rows in one global order, so two opposite transfers cannot deadlock.
  const rows = inLockOrder([...lines.map((l) => ({ ...l, locationId: from, sign: -1 as const })), ...lines.map((l) => ({ ...l, locationId: to, sign: 1 as const }))]);
  const short: string[] = [];
  for (const row of rows) {
    if (row.sign === 1) {
      await db
        .insert(stockLevels)
        .values({
          locationId: to,
          variantId: row.variantId,
          onHand: row.quantity,
        })
        .onConflictDoUpdate({
          target: [stockLevels.locationId, stockLevels.variantId],
          set: { onHand: sql`${stockLevels.onHand} + excluded.on_hand` },
        });
      continue;
    }
    const [moved] = await db
      .update(stockLevels)
      .set({ onHand: sql`${stockLevels.onHand} - ${row.quantity}` })
      .where(and(eq(stockLevels.locationId, from), eq(stockLevels.variantId, row.variantId), sql`${stockLevels.onHand} - ${stockLevels.reserved} >= ${row.quantity}`))
      .returning({ onHand: stockLevels.onHand });
    if (!moved) short.push(label(row));
  }
  if (short.length) throw new StockShortError(short);
  await db.insert(stockLedger).values([...ledgerRows(from, lines, 'transfer', -1, source, to), ...ledgerRows(to, lines, 'transfer', 1, source, from)]);
}
