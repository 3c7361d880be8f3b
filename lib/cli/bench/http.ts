import { chromium } from '@playwright/test';
import type { Role } from '@/lib/auth/roles';

export type Timing = { ms: number; bytes: number; status: number };

/** The session cookie of a demo login for each role, taken from a real browser login. */
export async function loginCookies(baseUrl: string, roles: readonly Role[], password: string): Promise<Record<Role, string>> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const cookies = {} as Record<Role, string>;
  try {
    for (const role of roles) {
      const context = await browser.newContext({ baseURL: baseUrl, locale: 'pt-BR' });
      const page = await context.newPage();
      await page.goto('/login');
      await page.getByLabel('E-mail').fill(`${role}@venda.local`);
      await page.getByLabel('Senha').fill(password);
      await page.getByRole('button', { name: 'Entrar' }).click();
      await page.waitForURL(new RegExp(`/${role}$`), { timeout: 30_000 });
      cookies[role] = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return cookies;
}

/**
 * One GET, timed to the last byte. `rsc` asks for the payload of a client navigation instead of the
 * document (Next answers it with a redirect that adds its `_rsc` cache key, followed here).
 */
export async function get(url: string, cookie: string, rsc = false): Promise<Timing> {
  const t = performance.now();
  const res = await fetch(url, { headers: { cookie, ...(rsc ? { RSC: '1' } : {}) }, redirect: rsc ? 'follow' : 'manual' });
  const body = await res.arrayBuffer();
  return { ms: performance.now() - t, bytes: body.byteLength, status: res.status };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Requests per second with `connections` clients each requesting the URL in a loop, `total` requests in all. */
export async function throughput(url: string, cookie: string, connections: number, total: number): Promise<number> {
  let left = total;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (left-- > 0) await get(url, cookie);
    }),
  );
  return (total / (performance.now() - t)) * 1000;
}

/** The first record linked from a list page (`/area/list/<uuid or number>`), read from its HTML. */
export async function firstRecordPath(baseUrl: string, list: string, cookie: string): Promise<string | null> {
  const html = await (await fetch(baseUrl + list, { headers: { cookie } })).text();
  const match = new RegExp(`href="(${list.replace(/\//g, '\\/')}\\/(?:[0-9a-f-]{36}|\\d+))"`).exec(html);
  return match?.[1] ?? null;
}

/** A page's name in the report: its record id as `:id`, so the same page compares across databases. */
export function pageKey(path: string): string {
  return path.replace(/\/(?:[0-9a-f-]{36}|\d+)(?=$|\?)/, '/:id');
}
