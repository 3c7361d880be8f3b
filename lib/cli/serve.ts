import { spawn } from 'node:child_process';
import { startWorker } from '@/lib/jobs/worker';
import { ensureAuthSecret, loadEnvFile, missingProductionSecret } from './env';
import { prepareDatabase, resolveDatabase } from './database';

/** `npm run dev` and `npm start`: database (embedded by default), migrations, demo seed, job runner, then Next.js. */
export async function serve(mode: 'dev' | 'start'): Promise<void> {
  loadEnvFile();
  if (mode === 'dev') ensureAuthSecret();
  else {
    const problem = missingProductionSecret(process.env);
    if (problem) {
      console.error(`[venda] ${problem}`);
      process.exit(1);
    }
  }
  const database = await resolveDatabase();
  await prepareDatabase(database);
  process.env.DATABASE_URL = database.url;

  const runWorker = mode === 'dev' || database.embedded || process.env.RUN_WORKER === '1';
  const stopWorker = runWorker ? await startWorker(database.url) : null;

  const port = process.env.PORT ?? '3000';
  if (mode === 'start' && !process.env.APP_URL) {
    process.env.APP_URL = `http://localhost:${port}`;
    console.log(`[venda] APP_URL not set: email links will point to ${process.env.APP_URL}`);
  }
  const next = spawn(process.execPath, ['node_modules/next/dist/bin/next', mode, '-p', port], { stdio: 'inherit', env: process.env });

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    next.kill('SIGTERM');
    await stopWorker?.().catch(() => {});
    await database.server?.stop().catch(() => {});
    process.exit(code);
  };
  next.on('exit', (code) => void shutdown(code ?? 0));
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
}
