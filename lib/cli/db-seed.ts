import { createDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDemo } from '@/db/seed/demo';
import { seedDemoOrders } from '@/db/seed/demo-orders';
import { seedDemoShop } from '@/db/seed/demo-shop';
import { loadEnvFile } from './env';
import { resolveDatabase, shouldSeedDemo } from './database';

loadEnvFile();
const database = await resolveDatabase();
if (!shouldSeedDemo(database.embedded, process.env)) {
  console.error('[venda] refusing to seed demo users into DATABASE_URL; set SEED_DEMO=1 to do it on purpose.');
  process.exit(1);
}
await migrateDatabase(database.url);
const { db, close } = createDb(database.url, { max: 1 });
const created = await seedDemo(db);
if (created) {
  await seedDemoOrders(db);
  await seedDemoShop(db);
} else console.log('[venda] database already has users; demo seed skipped');
await close();
await database.server?.stop();
