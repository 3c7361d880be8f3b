import { startWorker } from '@/lib/jobs/worker';
import { loadEnvFile } from './env';
import { resolveDatabase } from './database';

/** `npm run worker`: the job runner as its own process (production). */
loadEnvFile();
const database = await resolveDatabase();
const stop = await startWorker(database.url);
const shutdown = async () => {
  await stop();
  await database.server?.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
