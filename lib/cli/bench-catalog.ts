import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import { startAppServer } from './app-server';

/**
 * `npm run bench:catalog`: requests per second of the shop's storefront page (60 products with
 * prices, stock and restrictions) against the production build, as a ratio to a static file
 * served by the same server. Needs `npm run build` first.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

/** Logs in through the real login page in Chromium and returns the session cookie. */
async function sessionCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.fill('input[name=email]', email);
    await page.fill('input[name=password]', password);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/lojista$/);
    const session = (await page.context().cookies()).find((c) => c.name.includes('session-token'));
    if (!session) throw new Error('login failed');
    return `${session.name}=${session.value}`;
  } finally {
    await browser.close();
  }
}

async function measure(url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections: 10, duration: DURATION, headers });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const server = await startAppServer();
try {
  const cookie = await sessionCookie(server.baseUrl, 'lojista@venda.local', 'venda123');
  await fetch(`${server.baseUrl}/lojista/loja`, { headers: { cookie } });
  const page = await measure(`${server.baseUrl}/lojista/loja`, { cookie });
  const baseline = await measure(`${server.baseUrl}/robots.txt`);
  console.log(`static file (baseline): ${baseline.rps.toFixed(0)} req/s, p99 ${baseline.p99} ms`);
  console.log(`storefront page: ${page.rps.toFixed(0)} req/s, p99 ${page.p99} ms, errors ${page.errors}`);
  console.log(`ratio storefront/static: ${(page.rps / baseline.rps).toFixed(3)}`);
} finally {
  await server.stop();
}
