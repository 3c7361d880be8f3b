import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '@/db/embedded';
import { freePort } from '@/db/testing/free-port';

/** `databaseUrl` lets benchmarks read the database's statistics. */
export type AppServer = { baseUrl: string; databaseUrl: string; stop: () => Promise<void> };

type Options = {
  verbose?: boolean;
  /** An existing database (already migrated and filled); without it, a throwaway embedded server seeded with the demo. */
  databaseUrl?: string;
  /** Extra settings for the throwaway server (`['-c', 'name=value']`). */
  pgFlags?: string[];
  /** Run the job worker beside the app (browser tests need the outbox sent); off for benchmarks. */
  worker?: boolean;
};

/** The production build on a database: by default a throwaway embedded PostgreSQL seeded with the demo data (browser tests, benchmarks). */
export async function startAppServer(options: Options = {}): Promise<AppServer> {
  if (!existsSync('.next/BUILD_ID')) throw new Error('no production build found: run `npm run build` first');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'venda-app-'));
  chmodSync(dir, 0o755);
  const pg = options.databaseUrl
    ? { url: options.databaseUrl, stop: async () => {} }
    : await startEmbeddedPostgres({ dir: path.join(dir, 'data'), port: await freePort(), database: 'venda_app', persistent: false, flags: options.pgFlags });
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: pg.url,
    SEED_DEMO: options.databaseUrl ? '0' : '1',
    RUN_WORKER: options.worker === false ? '0' : '1',
    UPLOADS_DIR: path.join(dir, 'uploads'),
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    APP_URL: baseUrl,
    PORT: String(port),
    NODE_ENV: 'production' as const,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.RESEND_API_KEY;
  const app: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'lib/cli/start.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  app.stdout?.on('data', (d: Buffer) => {
    if (options.verbose) process.stdout.write(`[app] ${d}`);
  });
  app.stderr?.on('data', (d: Buffer) => process.stderr.write(`[app] ${d}`));
  const stop = async () => {
    if (app.pid) {
      try {
        process.kill(-app.pid, 'SIGTERM');
      } catch {}
    }
    await new Promise((r) => setTimeout(r, 500));
    await pg.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, 90_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { baseUrl, databaseUrl: pg.url, stop };
}

async function waitForHealth(baseUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the app did not answer ${baseUrl}/api/health in time`);
}
