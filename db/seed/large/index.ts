import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { seedCatalog, seedChannels, type Catalog } from './catalog';
import { BULK_TABLES, deferKeysAndIndexes } from './constraints';
import { clientOf } from './copy';
import { countsFor, type Seeded } from './context';
import { finish } from './finish';
import { seedOrders } from './orders';
import { seedPeople, type People } from './people';
import { seedPrices, seedScenarios } from './pricing';
import { seedReturns } from './returns';
import { seedStock } from './stock';
import { seedDemoShop } from '../demo-shop';
import { seedCounter } from './counter';

export { BASE_COUNTS, countsFor } from './context';

export type LargeOptions = { scale?: number; log?: (message: string) => void };

/** Tables whose row counts the run reports, in the order they are filled. */
// prettier-ignore
export const REPORTED_TABLES = [
  'users', 'customers', 'shops', 'products', 'product_variants', 'price_lists', 'price_list_items', 'orders', 'order_lines',
  'returns', 'return_lines', 'credit_notes', 'stock_levels', 'stock_ledger', 'audit_log', 'register_sessions', 'sales', 'sale_lines', 'bills',
] as const;

export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of REPORTED_TABLES) {
    const [row] = await db.execute<{ n: string }>(sql.raw(`SELECT count(*) AS n FROM ${table}`));
    out[table] = Number(row!.n);
  }
  return out;
}

/**
 * Fills an empty, migrated database with three years of a wholesale brand's business at `scale`
 * (1 = 5,000 customers, 2,000 products, 300,000 orders), phase by phase, logging each with its time.
 * Refuses a database that already has users.
 */
export async function seedLarge(db: Db, options: LargeOptions = {}): Promise<{ seconds: Record<string, number>; counts: Record<string, number> }> {
  const scale = options.scale ?? 1;
  const log = options.log ?? console.log;
  const [existing] = await db.execute<{ n: string }>(sql`SELECT count(*) AS n FROM users`);
  if (Number(existing!.n) > 0) throw new Error('the database already has users: seed:large fills only an empty database');
  const ctx: Seeded = { db, scale, counts: countsFor(scale), log };
  const seconds: Record<string, number> = {};
  const phase = async <T>(name: string, run: () => Promise<T>, describe: (r: T) => string): Promise<T> => {
    const t = performance.now();
    const result = await run();
    seconds[name] = (performance.now() - t) / 1000;
    log(`[seed:large] ${name.padEnd(8)} ${seconds[name]!.toFixed(1).padStart(6)} s  ${describe(result)}`);
    return result;
  };

  const people = await phase(
    'people',
    () => seedPeople(ctx),
    (p) => `${p.customers.length} customers, ${p.users} users, ${p.shopCount} shops`,
  );
  const channels = await phase(
    'channels',
    () => seedChannels(ctx),
    (c) => `${c.length} channels with their stock locations`,
  );
  await phase(
    'pricing',
    () => seedScenarios(ctx, people),
    (lists) => `scenarios, groups, contracts and ${lists} price lists (generateScenario)`,
  );
  const catalog = await phase(
    'catalog',
    () => seedCatalog(ctx, channels),
    (c) => `${c.products.length} products, ${c.variants} variants`,
  );
  const restore = await deferKeysAndIndexes(db, BULK_TABLES);
  try {
    await bulk(ctx, people, catalog, phase);
  } catch (err) {
    await restore().catch(() => log('[seed:large] could not restore the foreign keys and indexes after the failure'));
    throw err;
  }
  await phase('indexes', restore, (r) => `${r.indexes} indexes built, ${r.keys} foreign keys added back and checked`);
  // Every other shop's counter: its deliveries into its stock, three years of daily sessions and sales, its bills.
  await phase(
    'counter',
    () => seedCounter(ctx),
    (c) => `${c.shops} shops: ${c.receipts} order lines received, ${c.sessions} register sessions, ${c.sales} sales (${c.lines} lines)`,
  );
  // The demo owner's shop counter, through the app's own use cases: a quarter of days of sales, registers, purchases and bills.
  const shopDays = Math.max(3, Math.round(90 * Math.min(1, scale)));
  await phase(
    'shop',
    () => seedDemoShop(db, () => {}, { days: shopDays }),
    (done) => (done ? `${shopDays} days of counter sales at lojista@venda.local's shop` : 'no shop for lojista@venda.local'),
  );
  // VACUUM cannot run in a transaction block: straight on the client. It also sets the visibility map, as a long-lived database would have it.
  await phase(
    'vacuum',
    () => clientOf(db).unsafe('VACUUM (ANALYZE)'),
    () => 'statistics and visibility map',
  );
  return { seconds, counts: await rowCounts(db) };
}

type Phase = <T>(name: string, run: () => Promise<T>, describe: (r: T) => string) => Promise<T>;

/** The bulk phases, while the foreign keys and secondary indexes of their tables are off (see constraints.ts). */
async function bulk(ctx: Seeded, people: People, catalog: Catalog, phase: Phase) {
  const book = await phase(
    'prices',
    () => seedPrices(ctx, people, catalog),
    (b) => `${b.items} prices in ${b.lists} lists`,
  );
  const orders = await phase(
    'orders',
    () => seedOrders(ctx, people, catalog, book),
    (o) =>
      `${o.orders} orders, ${o.lines} lines, ${o.audit} timeline rows; ${Object.entries(o.statuses)
        .map(([s, n]) => `${s} ${n}`)
        .join(', ')}`,
  );
  await phase(
    'returns',
    () => seedReturns(ctx, orders.returns),
    (r) => `${r.returns} returns, ${r.creditNotes} credit notes, ${r.restocked} lines restocked`,
  );
  await phase(
    'stock',
    () => seedStock(ctx),
    (s) => `${s.ledger} ledger rows, ${s.levels} levels`,
  );
  await phase(
    'finish',
    () => finish(ctx, people.staff, catalog, orders.blocked),
    (f) => `${f.blocked} customers blocked, ${f.retired} products retired, credit limits, number sequences`,
  );
}
