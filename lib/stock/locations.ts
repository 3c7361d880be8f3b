import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { stockLevels, stockLocations } from '@/db/schema';

/** The warehouse location of a brand channel (every channel has exactly one, created with it). */
export async function channelLocationId(db: DbExecutor, channelId: string): Promise<string> {
  const [row] = await db.select({ id: stockLocations.id }).from(stockLocations).where(eq(stockLocations.channelId, channelId));
  if (!row) throw new Error(`channel ${channelId} has no stock location`);
  return row.id;
}

/** Creates a channel's location (idempotent) and returns its id. */
export async function createChannelLocation(db: DbExecutor, channelId: string): Promise<string> {
  await db.insert(stockLocations).values({ kind: 'channel', channelId }).onConflictDoNothing();
  return channelLocationId(db, channelId);
}

/** Every channel's location, in channel order of creation. */
export async function channelLocationIds(db: DbExecutor): Promise<string[]> {
  const rows = await db.select({ id: stockLocations.id }).from(stockLocations).where(eq(stockLocations.kind, 'channel')).orderBy(asc(stockLocations.createdAt));
  return rows.map((r) => r.id);
}

/** A shop's locations (a shop may keep goods in several places). */
export async function shopLocationIds(db: DbExecutor, shopId: string): Promise<string[]> {
  const rows = await db
    .select({ id: stockLocations.id })
    .from(stockLocations)
    .where(and(eq(stockLocations.kind, 'shop'), eq(stockLocations.shopId, shopId)))
    .orderBy(asc(stockLocations.createdAt));
  return rows.map((r) => r.id);
}

/** Creates a location for a shop and returns its id. */
export async function createShopLocation(db: DbExecutor, shopId: string, name: string): Promise<string> {
  const [row] = await db.insert(stockLocations).values({ kind: 'shop', shopId, name }).returning({ id: stockLocations.id });
  return row!.id;
}

/** Empty levels (0 on hand) for every (location, variant) pair that has none yet: a new product or a new location. */
export async function ensureLevels(db: DbExecutor, locationIds: readonly string[], variantIds: readonly string[], options: { minimum?: number } = {}): Promise<void> {
  const rows = locationIds.flatMap((locationId) =>
    variantIds.map((variantId) => ({
      locationId,
      variantId,
      minimum: options.minimum ?? 0,
    })),
  );
  for (let i = 0; i < rows.length; i += 2000)
    await db
      .insert(stockLevels)
      .values(rows.slice(i, i + 2000))
      .onConflictDoNothing();
}

/** The minimum (reorder point) of a variant at a location. */
export async function setMinimum(db: DbExecutor, locationId: string, variantId: string, minimum: number): Promise<void> {
  await db
    .insert(stockLevels)
    .values({ locationId, variantId, minimum })
    .onConflictDoUpdate({
      target: [stockLevels.locationId, stockLevels.variantId],
      set: { minimum },
    });
}

/** Locations that exist among `ids` (for validating an id taken from a form). */
export async function existingLocations(db: DbExecutor, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({ id: stockLocations.id })
    .from(stockLocations)
    .where(inArray(stockLocations.id, [...ids]));
  return rows.map((r) => r.id);
}
