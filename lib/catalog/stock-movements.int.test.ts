import { and, desc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { stockLedger } from '@/db/schema';
import { makeChannel, makeProduct } from '@/db/testing/catalog-fixtures';
import { makeActors } from '@/db/testing/fixtures';
import { createTestDatabase } from '@/db/testing/test-db';
import type { Role } from '@/lib/auth/roles';
import type { Actor } from '@/lib/server/context';
import { STOCK_MOVEMENT_PAGE_SIZE, listStockMovements } from './stock-movements';

let db: Db;
let drop: () => Promise<void>;
let actors: Record<Role, Actor>;
let productId: string;
let variantIds: string[];

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  actors = await makeActors(db);
  const rs = await makeChannel(db, { uf: 'RS' });
  const sp = await makeChannel(db, { uf: 'SP' });
  const made = await makeProduct(db, { colors: ['Preto', 'Off-white'], sizes: ['P', 'M'], locations: [rs.locationId, sp.locationId], stock: 5 });
  productId = made.product.id;
  variantIds = made.variants.map((v) => v.id);
  // Another product's movements must never show; this one's interleave across variants and days.
  await makeProduct(db, { locations: [rs.locationId], stock: 3 });
  const rows = Array.from({ length: 70 }, (_, i) => ({
    at: new Date(Date.UTC(2026, 10, 1 + (i % 20), i % 24)),
    locationId: i % 2 ? rs.locationId : sp.locationId,
    variantId: variantIds[i % variantIds.length]!,
    kind: 'adjustment' as const,
    quantity: i % 3 ? 1 : -1,
    reason: `ajuste ${i}`,
  }));
  await db.insert(stockLedger).values(rows);
});
afterAll(() => drop());

describe("a product's stock ledger", () => {
  it('pages through every movement of the product once, newest first, a page at a time', async () => {
    const expected = (await db.select({ id: stockLedger.id }).from(stockLedger).where(inArray(stockLedger.variantId, variantIds)).orderBy(desc(stockLedger.at), desc(stockLedger.id))).map((r) => r.id);
    expect(expected.length).toBe(70 + 8);
    const pages = [];
    const last = Math.ceil(78 / STOCK_MOVEMENT_PAGE_SIZE);
    for (let page = 1; page <= last; page++) pages.push(await listStockMovements(db, actors.comercial, productId, page));
    expect(pages.map((p) => p.rows.length)).toEqual([...Array(last - 1).fill(STOCK_MOVEMENT_PAGE_SIZE), 78 - (last - 1) * STOCK_MOVEMENT_PAGE_SIZE]);
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(expected);
    expect(pages[0]!.total).toBe(78);
    expect((await listStockMovements(db, actors.comercial, productId, last + 1)).rows).toEqual([]);
    const [row] = pages[0]!.rows;
    const [stored] = await db.select().from(stockLedger).where(and(eq(stockLedger.id, row!.id)));
    expect(row).toMatchObject({ kind: stored!.kind, quantity: stored!.quantity, reason: stored!.reason });
  });
});
