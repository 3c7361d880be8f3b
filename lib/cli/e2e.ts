import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '@/db/embedded';
import { freePort } from '@/db/testing/free-port';

/**
 * Browser tests against the production build on a fresh, seeded, throwaway database:
 * starts its own embedded PostgreSQL and `npm start`, runs Playwright, then tears everything down.
 */
async function main(): Promise<number> {
  if (!existsSync('.next/BUILD_ID')) {
    console.error('[e2e] no production build found: run `npm run build` first');
    return 1;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'venda-e2e-pg-'));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'data'), port: await freePort(), database: 'venda_e2e', persistent: false });
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: pg.url,
    SEED_DEMO: '1',
    RUN_WORKER: '1',
    UPLOADS_DIR: path.join(dir, 'uploads'),
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    PORT: String(port),
    NODE_ENV: 'production' as const,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.RESEND_API_KEY;
  let server: ChildProcess | null = null;
  try {
    const app = spawn(process.execPath, ['--import', 'tsx', 'lib/cli/start.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    server = app;
    app.stdout?.on('data', (d: Buffer) => {
      if (process.env.E2E_VERBOSE) process.stdout.write(`[app] ${d}`);
    });
    app.stderr?.on('data', (d: Buffer) => process.stderr.write(`[app] ${d}`));
    await waitForHealth(baseUrl, 90_000);
    const args = ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)];
    const runner = spawn(process.execPath, args, { env: { ...process.env, E2E_BASE_URL: baseUrl }, stdio: 'inherit' });
    return await new Promise<number>((resolve) => runner.on('exit', (code) => resolve(code ?? 1)));
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {}
    }
    await new Promise((r) => setTimeout(r, 500));
    await pg.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

async function waitForHealth(baseUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`[e2e] the app did not answer ${baseUrl}/api/health in time`);
}

process.exit(await main());
