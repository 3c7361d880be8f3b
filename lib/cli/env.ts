import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { config } from 'dotenv';

export const ENV_FILE = '.env.local';

export function loadEnvFile(): void {
  if (existsSync(ENV_FILE)) config({ path: ENV_FILE, quiet: true });
}

/** Development convenience: generates AUTH_SECRET into .env.local the first time. */
export function ensureAuthSecret(): void {
  if (process.env.AUTH_SECRET) return;
  const secret = randomBytes(32).toString('base64url');
  const existing = existsSync(ENV_FILE) ? readFileSync(ENV_FILE, 'utf8') : '';
  appendFileSync(ENV_FILE, `${existing && !existing.endsWith('\n') ? '\n' : ''}AUTH_SECRET=${secret}\n`);
  process.env.AUTH_SECRET = secret;
  console.log(`[venda] generated AUTH_SECRET into ${ENV_FILE}`);
}

/** Production refuses to start without a session secret; returns the reason, or null when fine. */
export function missingProductionSecret(env: Record<string, string | undefined>): string | null {
  const secret = env.AUTH_SECRET;
  if (!secret) return 'AUTH_SECRET is not set. Production refuses to start without it (generate one with `openssl rand -base64 32`).';
  if (secret.length < 32) return 'AUTH_SECRET is too short: use at least 32 random characters.';
  return null;
}
