import { spawn } from 'node:child_process';
import { startAppServer } from './app-server';

/**
 * Browser tests against the production build on a fresh, seeded, throwaway database:
 * starts its own embedded PostgreSQL and `npm start`, runs Playwright, then tears everything down.
 */
async function main(): Promise<number> {
  let server;
  try {
    server = await startAppServer({ verbose: Boolean(process.env.E2E_VERBOSE) });
  } catch (e) {
    console.error(`[e2e] ${e instanceof Error ? e.message : e}`);
    return 1;
  }
  try {
    const args = ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)];
    const runner = spawn(process.execPath, args, { env: { ...process.env, E2E_BASE_URL: server.baseUrl }, stdio: 'inherit' });
    return await new Promise<number>((resolve) => runner.on('exit', (code) => resolve(code ?? 1)));
  } finally {
    await server.stop();
  }
}

process.exit(await main());
