import postgres from 'postgres';
import { createDb } from '@/db/client';
import { startEmbeddedPostgres, type EmbeddedServer } from '@/db/embedded';
import { migrateDatabase } from '@/db/migrate';
import { seedDemo } from '@/db/seed/demo';
import { seedDemoOrders } from '@/db/seed/demo-orders';
import { seedDemoShop } from '@/db/seed/demo-shop';

export const EMBEDDED = { dir: '.data/postgres', port: 54329, database: 'venda' } as const;
export const EMBEDDED_URL = `postgres://postgres:postgres@127.0.0.1:${EMBEDDED.port}/${EMBEDDED.database}`;

async function reachable(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/** The large generated data set (`npm run seed:large`): its own folder and port, kept between runs for the benchmarks. */
export const LARGE = { dir: '.data/large', port: 54339, database: 'venda' } as const;
export const LARGE_URL = `postgres://postgres:postgres@127.0.0.1:${LARGE.port}/${LARGE.database}`;

/**
 * The embedded server of `.data/large` (reused when another process already runs it); `server` is null when reused.
 * `flags` and `onLog` (extra server settings, its log output) apply only when this call starts it: the page benchmark's statistics.
 */
export async function startLargeDatabase(flags: string[] = [], onLog?: (output: string) => void): Promise<ResolvedDatabase> {
  if (await reachable(LARGE_URL)) return { url: LARGE_URL, embedded: true, server: null };
  const server = await startEmbeddedPostgres({ ...LARGE, persistent: true, flags, onLog });
  return { url: server.url, embedded: true, server };
}

export type ResolvedDatabase = { url: string; embedded: boolean; server: EmbeddedServer | null };

/**
 * DATABASE_URL when set; otherwise the embedded server in .data/postgres on 127.0.0.1:54329
 * (reusing it when another process of ours already runs it).
 */
export async function resolveDatabase(): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, embedded: false, server: null };
  if (await reachable(EMBEDDED_URL)) return { url: EMBEDDED_URL, embedded: true, server: null };
  console.log(`[venda] starting embedded PostgreSQL in ${EMBEDDED.dir} on 127.0.0.1:${EMBEDDED.port}`);
  const server = await startEmbeddedPostgres({ ...EMBEDDED, persistent: true });
  return { url: server.url, embedded: true, server };
}

/** Migrations always; demo data only in the embedded default or with SEED_DEMO=1, never silently into a configured database. */
export async function prepareDatabase(db: ResolvedDatabase): Promise<void> {
  await migrateDatabase(db.url);
  if (shouldSeedDemo(db.embedded, process.env)) {
    const { db: conn, close } = createDb(db.url, { max: 1 });
    try {
      if (await seedDemo(conn)) {
        await seedDemoOrders(conn);
        await seedDemoShop(conn);
      }
    } finally {
      await close();
    }
  }
}

/** Demo users go only into the embedded default, or into DATABASE_URL when asked for with SEED_DEMO=1. */
export function shouldSeedDemo(embedded: boolean, env: Record<string, string | undefined>): boolean {
  return embedded || env.SEED_DEMO === '1';
}
