import { sql, type SQL } from 'drizzle-orm';
import { stockLevels, stockLocations } from '@/db/schema';

/**
 * Read-side pieces for queries that show stock. A channel's stock is the stock at its location; the
 * location is looked up once per statement (an InitPlan), so joining through it costs nothing per row.
 */

/** The location of a channel, as a scalar subquery for a WHERE or JOIN condition. */
export function channelLocation(channelId: string | SQL): SQL {
  return sql`(SELECT ${stockLocations.id} FROM ${stockLocations} WHERE ${stockLocations.channelId} = ${channelId})`;
}

/** The stock_levels rows of a channel (for `.where` or a join condition). */
export function levelsAtChannel(channelId: string | SQL): SQL {
  return sql`${stockLevels.locationId} = ${channelLocation(channelId)}`;
}

/** Available to sell or reserve at a level row (0 when the row is missing in a left join). */
export const availableSql = sql<number>`coalesce(${stockLevels.onHand} - ${stockLevels.reserved}, 0)::int`;

/** The channel a location belongs to (null for a shop's), for ledger and level listings. */
export const locationChannelId = (locationId: SQL | typeof stockLevels.locationId) =>
  sql<string | null>`(SELECT ${stockLocations.channelId} FROM ${stockLocations} WHERE ${stockLocations.id} = ${locationId})`;
