import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { stockLedger, stockLevels } from '@/db/schema';
import { makeChannel, makeProduct, makeShopLocation } from '@/db/testing/catalog-fixtures';
import { makeCustomer, makeShop } from '@/db/testing/fixtures';
import { createTestDatabase } from '@/db/testing/test-db';
import { adjust, consume, receive, release, reserve, StockShortError, StockWouldGoNegativeError, transfer } from '.';

let db: Db;
let drop: () => Promise<void>;
const source = { actorId: null, reason: 'teste' };

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
});
afterAll(async () => drop());

const level = async (locationId: string, variantId: string) =>
  (
    await db
      .select()
      .from(stockLevels)
      .where(and(eq(stockLevels.locationId, locationId), eq(stockLevels.variantId, variantId)))
  )[0];

/** The invariant every movement keeps: a level's on hand is the sum of its ledger's physical movements. */
async function ledgerMatchesLevels() {
  const rows = await db.execute<{ mismatches: number }>(sql`
    SELECT count(*)::int AS mismatches FROM stock_levels l
    LEFT JOIN (SELECT location_id, variant_id, sum(quantity) FILTER (WHERE kind NOT IN ('reservation', 'release')) AS on_hand,
                      sum(quantity) FILTER (WHERE kind IN ('reservation', 'release', 'shipment')) AS reserved
               FROM stock_ledger GROUP BY 1, 2) g ON g.location_id = l.location_id AND g.variant_id = l.variant_id
    WHERE l.on_hand <> coalesce(g.on_hand, 0) OR l.reserved <> coalesce(g.reserved, 0)`);
  return rows[0]!.mismatches;
}

describe('stock at a location', () => {
  it('receives, reserves, releases and ships, writing the ledger with every level', async () => {
    const { locationId } = await makeChannel(db);
    const { variants } = await makeProduct(db, {
      locations: [locationId],
      stock: 10,
    });
    const [p, m] = variants;
    await reserve(db, {
      locationId,
      lines: [
        { variantId: p!.id, quantity: 4 },
        { variantId: m!.id, quantity: 10 },
      ],
      source: { actorId: null },
    });
    expect(await level(locationId, p!.id)).toMatchObject({
      onHand: 10,
      reserved: 4,
    });
    await release(db, {
      locationId,
      lines: [{ variantId: m!.id, quantity: 10 }],
      source: { actorId: null },
    });
    await consume(db, {
      locationId,
      lines: [{ variantId: p!.id, quantity: 4 }],
      kind: 'shipment',
      fromReserved: true,
      source: { actorId: null },
    });
    expect(await level(locationId, p!.id)).toMatchObject({
      onHand: 6,
      reserved: 0,
    });
    expect(await level(locationId, m!.id)).toMatchObject({
      onHand: 10,
      reserved: 0,
    });
    const ledger = await db.select({ kind: stockLedger.kind, quantity: stockLedger.quantity }).from(stockLedger).where(eq(stockLedger.variantId, p!.id));
    expect(ledger).toEqual([
      { kind: 'receipt', quantity: 10 },
      { kind: 'reservation', quantity: 4 },
      { kind: 'shipment', quantity: -4 },
    ]);
    expect(await ledgerMatchesLevels()).toBe(0);
  });

  it('reserves all lines or none, naming every short line', async () => {
    const { locationId } = await makeChannel(db);
    const { variants } = await makeProduct(db, {
      locations: [locationId],
      stock: 3,
    });
    const attempt = db.transaction((tx) =>
      reserve(tx, {
        locationId,
        lines: variants.map((v, i) => ({
          variantId: v.id,
          quantity: i === 0 ? 2 : 5,
          label: `linha ${i}`,
        })),
        source: { actorId: null },
      }),
    );
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StockShortError);
    // Lines are locked in variant-id order, so the names come in that order: compare as a set.
    expect([...(error as StockShortError).lines].sort()).toEqual(['linha 1', 'linha 2']);
    expect(await level(locationId, variants[0]!.id)).toMatchObject({
      onHand: 3,
      reserved: 0,
    });
  });

  it('never lets an adjustment or a sale go below what is reserved', async () => {
    const { locationId } = await makeChannel(db);
    const { variants } = await makeProduct(db, {
      locations: [locationId],
      stock: 5,
      sizes: ['U'],
    });
    const variantId = variants[0]!.id;
    await reserve(db, {
      locationId,
      lines: [{ variantId, quantity: 3 }],
      source: { actorId: null },
    });
    await expect(adjust(db, { locationId, variantId, quantity: -3, source })).rejects.toBeInstanceOf(StockWouldGoNegativeError);
    await expect(
      db.transaction((tx) =>
        consume(tx, {
          locationId,
          lines: [{ variantId, quantity: 3, label: 'U' }],
          kind: 'shipment',
          fromReserved: false,
          source,
        }),
      ),
    ).rejects.toMatchObject({ message: 'stock.short', lines: ['U'] });
    expect(await adjust(db, { locationId, variantId, quantity: -2, source })).toMatchObject({ onHand: 3, reserved: 3 });
  });

  it('a shop keeps its own locations and transfers between them, both sides in the ledger', async () => {
    const shop = await makeShop(db, (await makeCustomer(db)).id);
    const floor = await makeShopLocation(db, shop.id, 'Loja');
    const backRoom = await makeShopLocation(db, shop.id, 'Depósito');
    const { variants } = await makeProduct(db, {
      locations: [backRoom],
      stock: 8,
      sizes: ['M'],
    });
    const variantId = variants[0]!.id;
    await transfer(db, {
      from: backRoom,
      to: floor,
      lines: [{ variantId, quantity: 5 }],
      source,
    });
    expect(await level(backRoom, variantId)).toMatchObject({ onHand: 3 });
    expect(await level(floor, variantId)).toMatchObject({ onHand: 5 });
    const moves = await db
      .select({
        locationId: stockLedger.locationId,
        quantity: stockLedger.quantity,
        counterpart: stockLedger.counterpartLocationId,
      })
      .from(stockLedger)
      .where(and(eq(stockLedger.variantId, variantId), eq(stockLedger.kind, 'transfer')));
    expect(moves).toEqual(
      expect.arrayContaining([
        { locationId: backRoom, quantity: -5, counterpart: floor },
        { locationId: floor, quantity: 5, counterpart: backRoom },
      ]),
    );
    await expect(
      db.transaction((tx) =>
        transfer(tx, {
          from: backRoom,
          to: floor,
          lines: [{ variantId, quantity: 4, label: 'M' }],
          source,
        }),
      ),
    ).rejects.toMatchObject({ lines: ['M'] });
    expect(await level(backRoom, variantId)).toMatchObject({ onHand: 3 });
  });

  it('never oversells under concurrent reservations, and opposite transfers do not deadlock', async () => {
    const { locationId } = await makeChannel(db);
    const { variants } = await makeProduct(db, {
      locations: [locationId],
      stock: 5,
      sizes: ['P', 'M'],
    });
    const [a, b] = variants;
    const tries = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        db.transaction((tx) =>
          reserve(tx, {
            locationId,
            lines:
              i % 2
                ? [
                    { variantId: a!.id, quantity: 1 },
                    { variantId: b!.id, quantity: 1 },
                  ]
                : [
                    { variantId: b!.id, quantity: 1 },
                    { variantId: a!.id, quantity: 1 },
                  ],
            source: { actorId: null },
          }),
        ),
      ),
    );
    expect(tries.filter((t) => t.status === 'fulfilled')).toHaveLength(5);
    for (const t of tries) if (t.status === 'rejected') expect(t.reason).toBeInstanceOf(StockShortError);
    expect(await level(locationId, a!.id)).toMatchObject({
      onHand: 5,
      reserved: 5,
    });

    const other = (await makeChannel(db)).locationId;
    await receive(db, {
      locationId: other,
      lines: [{ variantId: a!.id, quantity: 50 }],
      source,
    });
    await receive(db, {
      locationId,
      lines: [{ variantId: a!.id, quantity: 50 }],
      source,
    });
    const moves = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        db.transaction((tx) =>
          transfer(tx, {
            from: i % 2 ? locationId : other,
            to: i % 2 ? other : locationId,
            lines: [{ variantId: a!.id, quantity: 1 }],
            source,
          }),
        ),
      ),
    );
    expect(moves.filter((m) => m.status === 'rejected')).toEqual([]);
    expect(await ledgerMatchesLevels()).toBe(0);
  });
});
