import { migrateDatabase } from '@/db/migrate';
import { loadEnvFile } from './env';
import { resolveDatabase } from './database';

loadEnvFile();
const database = await resolveDatabase();
await migrateDatabase(database.url);
console.log('[venda] migrations applied');
await database.server?.stop();
