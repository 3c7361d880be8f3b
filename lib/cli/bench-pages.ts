import { migrateDatabase } from '@/db/migrate';
import { ROLES, type Role } from '@/lib/auth/roles';
import { AREA_PAGES, RECORD_LISTS, recordPages } from '@/lib/routes/area-pages';
import { startAppServer, type AppServer } from './app-server';
import { firstRecordPath, get, loginCookies, pageKey, percentile, throughput } from './bench/http';
import { openProbe, planCollector, PROBE_FLAGS, SLOW_MS } from './bench/pg-probe';
import { printReport, type PageResult } from './bench/pages-report';
import { LARGE, startLargeDatabase } from './database';

/**
 * `npm run bench:pages`: every list and record page of every area, as the role that uses it, on the
 * production build over the large-data database (`npm run seed:large` first). Per page: p50/p75 at one
 * connection, requests/s at 8 connections as a ratio to a static file of the same server, the bytes of
 * the document (HTML with its inline RSC payload) and of a client navigation's RSC payload, and the
 * SQL statements per request against the same page on the demo data (they must not grow with the data).
 * Prints the plan of every statement over 50 ms and exits 1 when a page breaks a budget.
 */
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
const CONNECTIONS = 8;
const ONLY = process.env.BENCH_ONLY ?? '';
const PASSWORD = 'venda123';

type Target = { role: Role; path: string };

async function targetsOf(server: AppServer, cookies: Record<Role, string>): Promise<Target[]> {
  const targets: Target[] = [];
  for (const role of ROLES) {
    for (const p of AREA_PAGES[role]) targets.push({ role, path: p });
    for (const list of RECORD_LISTS[role]) {
      const record = await firstRecordPath(server.baseUrl, list, cookies[role]);
      if (record) targets.push(...recordPages(list, record).map((path) => ({ role, path })));
      else console.warn(`[bench] no record linked from ${list} as ${role}`);
    }
  }
  return targets.filter((t) => t.path.includes(ONLY));
}

/** Statements per request of each page, the same pages on whatever database the server runs. */
async function statementsPerRequest(server: AppServer, targets: Target[], cookies: Record<Role, string>, samples: number) {
  const probe = await openProbe(server.databaseUrl);
  const counts = new Map<string, number>();
  try {
    for (const t of targets) {
      const url = server.baseUrl + t.path;
      await get(url, cookies[t.role]);
      const before = await probe.statements();
      for (let i = 0; i < samples; i++) await get(url, cookies[t.role]);
      counts.set(pageKey(t.path), Math.round(((await probe.statements()) - before) / samples));
    }
  } finally {
    await probe.close();
  }
  return counts;
}

async function demoBaseline(): Promise<Map<string, number>> {
  console.log('[bench] statements per request on the demo data (the baseline)…');
  const server = await startAppServer({ worker: false, pgFlags: PROBE_FLAGS });
  try {
    const cookies = await loginCookies(server.baseUrl, ROLES, PASSWORD);
    return await statementsPerRequest(server, await targetsOf(server, cookies), cookies, 3);
  } finally {
    await server.stop();
  }
}

async function measureLarge(demo: Map<string, number>): Promise<PageResult[]> {
  const plans = planCollector();
  const pg = await startLargeDatabase(PROBE_FLAGS, plans.onLog).catch((e) => {
    throw new Error(`cannot start the large-data database in ${LARGE.dir} (run \`npm run seed:large\` first): ${e instanceof Error ? e.message : e}`);
  });
  if (!pg.server) throw new Error(`the large-data database already runs on port ${LARGE.port}: stop it, so the benchmark starts it with its statistics settings`);
  const stopPg = pg.server.stop;
  try {
    await migrateDatabase(pg.url);
    const server = await startAppServer({ databaseUrl: pg.url, worker: false });
    try {
      const cookies = await loginCookies(server.baseUrl, ROLES, PASSWORD);
      const targets = await targetsOf(server, cookies);
      const statements = await statementsPerRequest(server, targets, cookies, 3);
      const staticRps = await throughput(`${server.baseUrl}/robots.txt`, '', CONNECTIONS, 800);
      console.log(`[bench] static file: ${staticRps.toFixed(0)} requests/s at ${CONNECTIONS} connections`);
      const results: PageResult[] = [];
      for (const t of targets) {
        const url = server.baseUrl + t.path;
        const cookie = cookies[t.role];
        plans.drain();
        await get(url, cookie);
        const times: number[] = [];
        let doc = await get(url, cookie);
        for (let i = 0; i < SAMPLES; i++) times.push((doc = await get(url, cookie)).ms);
        const rsc = await get(url, cookie, true);
        const rps = await throughput(url, cookie, CONNECTIONS, CONNECTIONS * 6);
        const key = pageKey(t.path);
        results.push({
          role: t.role,
          path: key,
          status: doc.status,
          p50: percentile(times, 50),
          p75: percentile(times, 75),
          rpsRatio: rps / staticRps,
          htmlBytes: doc.bytes,
          rscBytes: rsc.bytes,
          statements: statements.get(key) ?? 0,
          demoStatements: demo.get(key) ?? null,
          slowPlans: plans.drain(),
        });
        console.log(`[bench] ${t.role} ${key}: p75 ${percentile(times, 75).toFixed(0)} ms`);
      }
      return results;
    } finally {
      await server.stop();
    }
  } finally {
    await stopPg();
  }
}

try {
  const demo = await demoBaseline();
  const results = await measureLarge(demo);
  process.exit(printReport(results, SLOW_MS) > 0 ? 1 : 0);
} catch (e) {
  console.error(`[bench] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exit(2);
}
