import { sql } from 'drizzle-orm';
import { createDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { rowCounts, seedLarge } from '@/db/seed/large';
import { LARGE, startLargeDatabase } from './database';
import { env } from '@/lib/env';
import { loadEnvFile } from './env';

/**
 * `npm run seed:large [-- --scale 0.1] [--serve]`: three years of generated business (5,000 customers,
 * 2,000 products, 300,000 orders at scale 1) for the benchmarks. Into DATABASE_URL when set (an empty
 * database), otherwise into an embedded server kept in .data/large. `--serve` keeps that server up.
 */
function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1];
}

loadEnvFile();
const scale = Number(option('scale') ?? process.env.LARGE_SCALE ?? 1);
if (!(scale > 0 && scale <= 10)) {
  console.error('[seed:large] --scale (or LARGE_SCALE) must be a number in (0, 10]');
  process.exit(1);
}
const serve = process.argv.includes('--serve');
const configured = env.databaseUrl;
const database = configured ? { url: configured, embedded: false, server: null } : await startLargeDatabase();
if (!configured) console.log(`[seed:large] embedded PostgreSQL in ${LARGE.dir} on 127.0.0.1:${LARGE.port}`);

await migrateDatabase(database.url);
const { db, close } = createDb(database.url, { max: 4 });
try {
  const [users] = await db.execute<{ n: string }>(sql`SELECT count(*) AS n FROM users`);
  if (Number(users!.n) > 0) {
    console.log('[seed:large] the database already has data; nothing generated. Its rows:');
    console.table(await rowCounts(db));
  } else {
    const started = performance.now();
    console.log(`[seed:large] scale ${scale}`);
    const { counts } = await seedLarge(db, { scale });
    console.log(`[seed:large] done in ${((performance.now() - started) / 1000).toFixed(0)} s. Rows:`);
    console.table(counts);
  }
} finally {
  await close();
}

console.log(`[seed:large] connection: ${database.url}`);
console.log('[seed:large] every demo login works (admin@, comercial@, financeiro@, representante@, lojista@, usuario@venda.local / venda123)');
if (configured) {
  process.exit(0);
} else if (serve) {
  console.log('[seed:large] serving until Ctrl-C. In another shell: DATABASE_URL=<the connection above> npm start');
  const stop = async () => {
    await database.server?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
} else {
  await database.server?.stop();
  console.log(
    `[seed:large] the data stays in ${LARGE.dir}. Serve it again with \`npm run seed:large -- --serve\` (or startLargeDatabase() from lib/cli/database.ts), then DATABASE_URL=<the connection above> npm start`,
  );
}
