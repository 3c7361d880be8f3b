import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, customerImports, customers } from '@/db/schema';
import { makeActors } from '@/db/testing/fixtures';
import { createTestDatabase } from '@/db/testing/test-db';
import type { Role } from '@/lib/auth/roles';
import { CSV_BOM, csvLine } from '@/lib/csv';
import type { Actor } from '@/lib/server/context';
import { runUseCase } from '@/lib/server/use-case';
import { CUSTOMER_CSV_COLUMNS, customerToCsvRow } from './csv-format';
import { withCheckDigits } from './document';
import { analyzeCustomerCsv, runCustomerImport } from './import';
import { previewCustomerImport, startCustomerImport } from './import-use-cases';
import { getCustomer, iterateCustomersForExport } from './queries';
import { customerFilterSchema } from './schemas';

let db: Db;
let drop: () => Promise<void>;
let actors: Record<Role, Actor>;
let repEmail: string;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  actors = await makeActors(db);
  repEmail = actors.representante.email;
});
afterAll(() => drop());

const as = (role: Role) => ({ db, actor: actors[role], requestOrigin: 'http://venda.test' });
const header = CUSTOMER_CSV_COLUMNS.join(',');
function row(values: Partial<Record<(typeof CUSTOMER_CSV_COLUMNS)[number], string>>): string {
  return CUSTOMER_CSV_COLUMNS.map((c) => values[c] ?? '').map((v) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',');
}

async function importFile(csv: string) {
  const preview = await runUseCase(as('comercial'), previewCustomerImport, { filename: 'clientes.csv', csv });
  if (!preview.ok) throw new Error(JSON.stringify(preview));
  const started = await runUseCase(as('comercial'), startCustomerImport, { id: preview.data.id });
  if (started.ok) await runCustomerImport(db, preview.data.id);
  const [job] = await db.select().from(customerImports).where(eq(customerImports.id, preview.data.id));
  return { job: job!, started };
}

describe('customer CSV import', () => {
  const good1 = withCheckDigits('814725360001');
  const good2 = withCheckDigits('390218475');
  const makeFile = () => [
    header,
    row({ documento: good1, nome: 'Loja Importada Ltda', cidade: 'Curitiba', uf: 'PR', representante_email: repEmail, telefones: '41999998888*', porte: 'me', tipo_uso: 'revenda', tags: 'importado;vip' }),
    row({ documento: good2, nome: 'Pessoa Importada', cidade: 'Recife', uf: 'PE', tipo_uso: 'consumidor', placas: 'IMP1A23' }),
    row({ documento: '11.222.333/0001-82', nome: 'Documento Ruim', cidade: 'Xanxerê', uf: 'SC' }),
    row({ documento: withCheckDigits('552233440001'), nome: 'UF Ruim', cidade: 'Xanxerê', uf: 'ZZ' }),
    row({ documento: withCheckDigits('662233440001'), nome: 'Rep Ruim', cidade: 'Xanxerê', uf: 'SC', representante_email: 'ninguem@venda.local' }),
  ].join('\n');
  let file: string;
  beforeAll(() => {
    file = makeFile();
  });

  it('previews a per-row report, imports only valid rows, and re-importing changes nothing', async () => {
    const analysis = await analyzeCustomerCsv(db, file);
    expect(analysis.counts).toEqual({ total: 5, create: 2, update: 0, unchanged: 0, invalid: 3 });
    expect(analysis.rows.filter((r) => r.errors.length).map((r) => [r.line, r.errors[0]!.field, r.errors[0]!.message])).toEqual([
      [4, 'documento', 'validation.document'],
      [5, 'uf', 'validation.uf'],
      [6, 'representante_email', 'import.unknownRepresentative'],
    ]);

    const first = await importFile(file);
    expect(first.job).toMatchObject({ status: 'done', created: 2, updated: 0, invalid: 3 });
    const [imported] = await db.select().from(customers).where(eq(customers.document, good1));
    expect(imported).toMatchObject({ name: 'Loja Importada Ltda', uf: 'PR', representativeId: actors.representante.userId, tags: ['importado', 'vip'] });
    const audits = await db.select().from(auditLog).where(eq(auditLog.entityId, imported!.id));
    expect(audits.map((a) => a.action)).toEqual(['customers.import_create']);

    const again = await analyzeCustomerCsv(db, file);
    expect(again.counts).toMatchObject({ create: 0, update: 0, unchanged: 2, invalid: 3 });
    const second = await importFile(file);
    expect(second.started).toMatchObject({ ok: false, error: 'import.nothingToDo' });
    expect(await db.$count(customers)).toBe(3); // the fixture's customer plus the two imported
  });

  it('updates changed rows by document', async () => {
    const changed = [header, row({ documento: good1, nome: 'Loja Importada Renomeada', cidade: 'Curitiba', uf: 'PR', representante_email: repEmail, telefones: '41999998888*', porte: 'me', tipo_uso: 'revenda', tags: 'importado;vip' })].join('\n');
    const { job } = await importFile(changed);
    expect(job).toMatchObject({ status: 'done', created: 0, updated: 1 });
    const [c] = await db.select().from(customers).where(eq(customers.document, good1));
    expect(c!.name).toBe('Loja Importada Renomeada');
  });

  it('an exported file imports back unchanged', async () => {
    const lines: string[] = [CSV_BOM + csvLine([...CUSTOMER_CSV_COLUMNS])];
    for await (const r of iterateCustomersForExport(db, actors.comercial, customerFilterSchema.parse({}))) lines.push(csvLine(customerToCsvRow(r)));
    const analysis = await analyzeCustomerCsv(db, lines.join(''));
    expect(analysis.counts.invalid).toBe(0);
    expect(analysis.counts.unchanged).toBe(analysis.counts.total);
    expect(analysis.counts.total).toBeGreaterThanOrEqual(3);
  });

  it("refuses a plate that already belongs to another customer", async () => {
    const csv = [header, row({ documento: withCheckDigits('731955820001'), nome: 'Ladra de Placa', cidade: 'Recife', uf: 'PE', placas: 'IMP1A23' })].join('\n');
    const analysis = await analyzeCustomerCsv(db, csv);
    expect(analysis.rows[0]!.errors).toEqual([{ field: 'placas', message: 'validation.assetTaken' }]);
  });

  it('reports missing columns instead of guessing', async () => {
    const analysis = await analyzeCustomerCsv(db, 'nome,uf\nX,SC\n');
    expect(analysis.headerMissing).toContain('documento');
    expect(analysis.counts.invalid).toBe(1);
  });

  it.each(['representante', 'lojista', 'financeiro', 'usuario'] as const)('is closed to %s', async (role) => {
    expect(await runUseCase(as(role), previewCustomerImport, { filename: 'a.csv', csv: file })).toMatchObject({ ok: false, error: 'errors.forbidden' });
  });

  it("cannot start someone else's import", async () => {
    const preview = await runUseCase({ db, actor: actors.admin, requestOrigin: '' }, previewCustomerImport, { filename: 'a.csv', csv: file });
    const id = preview.ok ? preview.data.id : '';
    expect(await runUseCase(as('comercial'), startCustomerImport, { id })).toMatchObject({ ok: false, error: 'errors.notFound' });
    expect(await getCustomer(db, actors.comercial, (await db.select().from(customers).where(eq(customers.document, good1)))[0]!.id)).toBeTruthy();
  });
});
