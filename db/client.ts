import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';
import { env } from '@/lib/env';

export type Db = PostgresJsDatabase<typeof schema>;
export type DbTx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything that can run a query: the pool or an open transaction. */
export type DbExecutor = Db | DbTx;

export function createDb(url: string, options: { max?: number; onQuery?: (query: string) => void } = {}): { db: Db; close: () => Promise<void> } {
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => {} });
  const logger = options.onQuery ? { logQuery: (query: string) => options.onQuery!(query) } : undefined;
  return { db: drizzle(client, { schema, logger }), close: () => client.end({ timeout: 5 }) };
}

const globalForDb = globalThis as unknown as { __vendaDb?: Db };

/** The app's shared connection pool, created on first use from DATABASE_URL. */
export function getDb(): Db {
  if (!globalForDb.__vendaDb) {
    const url = env.databaseUrl;
    if (!url) throw new Error('DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`.');
    globalForDb.__vendaDb = createDb(url).db;
  }
  return globalForDb.__vendaDb;
}
