import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createDb } from '@/db/client';
import { startEmbeddedPostgres } from '@/db/embedded';
import { migrateDatabase } from '@/db/migrate';
import { generateCustomers } from '@/db/seed/customer-generator';
import { customerImports, customers, users } from '@/db/schema';
import { freePort } from '@/db/testing/free-port';
import { CSV_BOM, csvLine } from '@/lib/csv';
import { CUSTOMER_CSV_COLUMNS, customerToCsvRow } from '@/lib/crm/csv-format';
import { analyzeCustomerCsv, runCustomerImport } from '@/lib/crm/import';

/**
 * `npm run bench:import`: imports a realistic 10,000-row customer CSV into a throwaway embedded
 * PostgreSQL and prints how long it takes, as a ratio to a bare multi-row INSERT of the same
 * customers on the same server (the floor any import must pay).
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const dir = mkdtempSync(path.join(os.tmpdir(), 'venda-bench-'));
chmodSync(dir, 0o755);
const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'data'), port: await freePort(), database: 'bench', persistent: false });
try {
  await migrateDatabase(pg.url);
  const { db, close } = createDb(pg.url, { max: 4 });
  const [rep] = await db.insert(users).values({ name: 'Rep', email: 'rep@bench.local', role: 'representante', passwordHash: 'x' }).returning();
  const [admin] = await db.insert(users).values({ name: 'Com', email: 'com@bench.local', role: 'comercial', passwordHash: 'x' }).returning();
  const generated = generateCustomers(ROWS, 1, 7);
  const csv =
    CSV_BOM +
    csvLine([...CUSTOMER_CSV_COLUMNS]) +
    generated
      .map((c) =>
        csvLine(
          customerToCsvRow({
            ...c,
            stateRegistration: null,
            complement: null,
            notes: null,
            representativeEmail: c.repIndex === null ? null : rep!.email,
            phones: c.phones.map((p) => `${p.number}${p.isWhatsapp ? '*' : ''}`).join(' '),
            plates: c.assets.filter((a) => a.kind === 'plate').map((a) => a.value).join(' '),
            serials: c.assets.filter((a) => a.kind === 'serial').map((a) => a.value).join(' '),
            status: 'active',
          }),
        ),
      )
      .join('');

  // Baseline: the same customers as one bare INSERT per 1,000 rows, no validation, no children.
  let t = performance.now();
  for (let i = 0; i < generated.length; i += 1000) {
    await db.insert(customers).values(
      generated.slice(i, i + 1000).map((c) => ({ document: `B${c.document}`, documentType: c.documentType, name: c.name, uf: c.uf, city: c.city, searchText: '' })),
    );
  }
  const baselineMs = performance.now() - t;
  await db.execute(sql`DELETE FROM customers`);

  t = performance.now();
  const analysis = await analyzeCustomerCsv(db, csv);
  const analyzeMs = performance.now() - t;
  const id = randomUUID();
  await db.insert(customerImports).values({ id, createdById: admin!.id, filename: 'bench.csv', csv, status: 'queued', totalRows: ROWS });
  t = performance.now();
  await runCustomerImport(db, id);
  const importMs = performance.now() - t;
  t = performance.now();
  const again = await analyzeCustomerCsv(db, csv);
  const reanalyzeMs = performance.now() - t;

  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`rows: ${ROWS} (valid ${analysis.counts.create}, invalid ${analysis.counts.invalid})`);
  console.log(`baseline bare insert: ${s(baselineMs)}`);
  console.log(`preview (parse + validate + compare): ${s(analyzeMs)}  ratio ${(analyzeMs / baselineMs).toFixed(1)}x`);
  console.log(`import (chunks, children, audit): ${s(importMs)}  ratio ${(importMs / baselineMs).toFixed(1)}x`);
  console.log(`re-import preview (all unchanged: ${again.counts.unchanged}): ${s(reanalyzeMs)}  ratio ${(reanalyzeMs / baselineMs).toFixed(1)}x`);
  console.log(`total preview + import: ${s(analyzeMs + importMs)}`);
  await close();
} finally {
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
