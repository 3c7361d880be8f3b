import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbExecutor } from '@/db/client';
import { auditLog, customerAssets, customerImports, customerPhones, customers, users } from '@/db/schema';
import { parseCsv } from './csv-parse';
import { headerProblems, parseImportRow, type ParsedRow } from './import-rows';
import type { CustomerInput } from './schemas';
import { buildSearchText } from './search-text';

/** Qualified explicitly: Drizzle leaves columns unqualified in single-table selects, which would bind to the subquery's own table. */
const OUTER_CUSTOMER_ID = sql.raw('"customers"."id"');

export const IMPORT_MAX_ROWS = 20_000;
export const IMPORT_REPORT_LIMIT = 1000;
const CHUNK = 500;

export type Outcome = 'create' | 'update' | 'unchanged';
export type Analysis = {
  headerMissing: string[];
  rows: (ParsedRow & { outcome: Outcome | null })[];
  counts: { total: number; create: number; update: number; unchanged: number; invalid: number };
};

/** What an import compares: the columns the CSV carries, in a stable form. */
function canonical(c: {
  name: string;
  tradeName: string | null;
  stateRegistration: string | null;
  email: string | null;
  cep: string | null;
  street: string | null;
  number: string | null;
  complement: string | null;
  district: string | null;
  city: string | null;
  uf: string;
  representativeId: string | null;
  companySize: string | null;
  useType: string;
  tags: string[];
  notes: string | null;
  phones: { number: string; isWhatsapp: boolean }[];
  assets: { kind: string; value: string }[];
}): string {
  return JSON.stringify([
    c.name, c.tradeName, c.stateRegistration, c.email, c.cep, c.street, c.number, c.complement, c.district, c.city, c.uf,
    c.representativeId, c.companySize, c.useType, [...c.tags].sort(), c.notes,
    c.phones.map((p) => `${p.number}${p.isWhatsapp ? '*' : ''}`),
    c.assets.map((a) => `${a.kind}:${a.value}`).sort(),
  ]);
}

function inputCanonical(i: CustomerInput): string {
  return canonical({ ...i, companySize: i.document.documentType === 'cnpj' ? i.companySize : null, phones: i.phones, assets: i.assets });
}

async function existingByDocument(db: DbExecutor, documents: string[]) {
  const out = new Map<string, { id: string; canonical: string }>();
  for (let i = 0; i < documents.length; i += 1000) {
    const docs = documents.slice(i, i + 1000);
    if (!docs.length) continue;
    const rows = await db
      .select({
        c: customers,
        phones: sql<{ number: string; isWhatsapp: boolean }[]>`coalesce((select json_agg(json_build_object('number', p.number, 'isWhatsapp', p.is_whatsapp) order by p.position) from ${customerPhones} p where p.customer_id = ${OUTER_CUSTOMER_ID}), '[]'::json)`,
        assets: sql<{ kind: string; value: string }[]>`coalesce((select json_agg(json_build_object('kind', a.kind, 'value', a.value)) from ${customerAssets} a where a.customer_id = ${OUTER_CUSTOMER_ID}), '[]'::json)`,
      })
      .from(customers)
      .where(inArray(customers.document, docs));
    for (const r of rows) out.set(r.c.document, { id: r.c.id, canonical: canonical({ ...r.c, phones: r.phones, assets: r.assets }) });
  }
  return out;
}

/** A plate or serial already owned by another customer (in the database or earlier in the file) makes the row invalid. */
async function rejectTakenAssets(db: DbExecutor, rows: ParsedRow[]) {
  const wanted = rows.flatMap((r) => r.input?.assets.map((a) => `${a.kind}:${a.value}`) ?? []);
  const owners = new Map<string, string>();
  for (let i = 0; i < wanted.length; i += 1000) {
    const values = wanted.slice(i, i + 1000).map((k) => k.split(':')[1]!);
    if (!values.length) continue;
    const found = await db
      .select({ kind: customerAssets.kind, value: customerAssets.value, document: customers.document })
      .from(customerAssets)
      .innerJoin(customers, eq(customers.id, customerAssets.customerId))
      .where(inArray(customerAssets.value, values));
    for (const f of found) owners.set(`${f.kind}:${f.value}`, f.document);
  }
  for (const r of rows) {
    if (!r.input) continue;
    const doc = r.input.document.document;
    for (const a of r.input.assets) {
      const key = `${a.kind}:${a.value}`;
      const owner = owners.get(key);
      if (owner && owner !== doc) {
        r.errors.push({ field: a.kind === 'plate' ? 'placas' : 'series', message: 'validation.assetTaken' });
        r.input = null;
        break;
      }
      owners.set(key, doc);
    }
  }
}

/** Parses and checks a whole file, and says for each row whether it would create, update or change nothing. */
export async function analyzeCustomerCsv(db: DbExecutor, text: string): Promise<Analysis> {
  const [header = [], ...records] = parseCsv(text);
  const names = header.map((h) => h.trim().toLowerCase());
  const headerMissing = headerProblems(names);
  const counts = { total: records.length, create: 0, update: 0, unchanged: 0, invalid: 0 };
  if (headerMissing.length) return { headerMissing, rows: [], counts: { ...counts, invalid: records.length } };

  const reps = await db.select({ id: users.id, email: users.email }).from(users).where(and(eq(users.role, 'representante'), eq(users.status, 'active')));
  const repMap = new Map(reps.map((r) => [r.email.toLowerCase(), r.id]));
  const parsed = records.map((cells, i) => parseImportRow(i + 2, Object.fromEntries(names.map((n, j) => [n, cells[j] ?? ''])), repMap));

  // The same document twice in one file: the later row wins, the earlier is reported.
  const lastLine = new Map<string, number>();
  for (const r of parsed) if (r.input) lastLine.set(r.input.document.document, r.line);
  for (const r of parsed) {
    if (r.input && lastLine.get(r.input.document.document) !== r.line) {
      r.errors.push({ field: 'documento', message: 'import.duplicateInFile' });
      r.input = null;
    }
  }

  await rejectTakenAssets(db, parsed);
  const existing = await existingByDocument(db, parsed.flatMap((r) => (r.input ? [r.input.document.document] : [])));
  const rows = parsed.map((r) => {
    if (!r.input) return { ...r, outcome: null };
    const found = existing.get(r.input.document.document);
    const outcome: Outcome = !found ? 'create' : found.canonical === inputCanonical(r.input) ? 'unchanged' : 'update';
    return { ...r, outcome };
  });
  for (const r of rows) {
    if (r.outcome) counts[r.outcome]++;
    else counts.invalid++;
  }
  return { headerMissing, rows, counts };
}

/** The problems to show in the preview (header first), capped so a broken file stays readable. */
export function reportOf(a: Analysis) {
  if (a.headerMissing.length) return [{ line: 1, document: '', name: '', errors: a.headerMissing.map((c) => ({ field: c, message: 'import.missingColumn' })) }];
  return a.rows.filter((r) => r.errors.length).slice(0, IMPORT_REPORT_LIMIT).map((r) => ({ line: r.line, document: r.document, name: r.name, errors: r.errors }));
}

function columnsOf(i: CustomerInput) {
  return {
    document: i.document.document,
    documentType: i.document.documentType,
    name: i.name,
    tradeName: i.tradeName,
    stateRegistration: i.stateRegistration,
    email: i.email,
    cep: i.cep,
    street: i.street,
    number: i.number,
    complement: i.complement,
    district: i.district,
    city: i.city,
    uf: i.uf,
    representativeId: i.representativeId,
    companySize: i.document.documentType === 'cnpj' ? i.companySize : null,
    useType: i.useType,
    tags: i.tags,
    notes: i.notes,
    searchText: buildSearchText({ name: i.name, tradeName: i.tradeName, email: i.email, document: i.document.document, phones: i.phones.map((p) => p.number), assets: i.assets.map((a) => a.value), city: i.city }),
  };
}

/**
 * Applies the valid rows of an uploaded file in chunks, each in its own transaction with its audit
 * rows, updating the import's progress as it goes. Rows that would change nothing are skipped,
 * so running the same file twice changes nothing the second time.
 */
export async function runCustomerImport(db: Db, importId: string): Promise<void> {
  const [job] = await db.select().from(customerImports).where(eq(customerImports.id, importId));
  if (!job || job.status === 'done') return;
  const [actor] = await db.select({ id: users.id, role: users.role }).from(users).where(eq(users.id, job.createdById));
  await db.update(customerImports).set({ status: 'running', processed: 0, created: 0, updated: 0 }).where(eq(customerImports.id, importId));
  try {
    const analysis = await analyzeCustomerCsv(db, job.csv);
    const work = analysis.rows.filter((r) => r.input && r.outcome !== 'unchanged');
    let processed = 0;
    let created = 0;
    let updated = 0;
    for (let i = 0; i < work.length; i += CHUNK) {
      const chunk = work.slice(i, i + CHUNK);
      await db.transaction(async (tx) => {
        const existing = await existingByDocument(tx, chunk.map((r) => r.input!.document.document));
        const ids: { id: string; row: (typeof chunk)[number]; action: 'customers.import_create' | 'customers.import_update' }[] = [];
        const toInsert = chunk.filter((r) => !existing.has(r.input!.document.document));
        if (toInsert.length) {
          const inserted = await tx.insert(customers).values(toInsert.map((r) => columnsOf(r.input!))).returning({ id: customers.id, document: customers.document });
          const byDoc = new Map(inserted.map((r) => [r.document, r.id]));
          for (const r of toInsert) ids.push({ id: byDoc.get(r.input!.document.document)!, row: r, action: 'customers.import_create' });
        }
        for (const r of chunk) {
          const found = existing.get(r.input!.document.document);
          if (!found) continue;
          await tx.update(customers).set({ ...columnsOf(r.input!), updatedAt: new Date() }).where(eq(customers.id, found.id));
          ids.push({ id: found.id, row: r, action: 'customers.import_update' });
        }
        const touched = ids.map((x) => x.id);
        await tx.delete(customerPhones).where(inArray(customerPhones.customerId, touched));
        await tx.delete(customerAssets).where(inArray(customerAssets.customerId, touched));
        const phones = ids.flatMap((x) => x.row.input!.phones.map((p, position) => ({ ...p, customerId: x.id, position })));
        const assets = ids.flatMap((x) => x.row.input!.assets.map((a) => ({ ...a, customerId: x.id })));
        if (phones.length) await tx.insert(customerPhones).values(phones);
        if (assets.length) await tx.insert(customerAssets).values(assets).onConflictDoNothing();
        await tx.insert(auditLog).values(
          ids.map((x) => ({
            actorId: actor?.id ?? null,
            actorRole: actor?.role ?? null,
            action: x.action,
            entity: 'customer',
            entityId: x.id,
            after: { importId, line: x.row.line, ...columnsOf(x.row.input!), searchText: undefined },
          })),
        );
        created += ids.filter((x) => x.action === 'customers.import_create').length;
        updated += ids.filter((x) => x.action === 'customers.import_update').length;
        processed += chunk.length;
        await tx.update(customerImports).set({ processed, created, updated }).where(eq(customerImports.id, importId));
      });
    }
    await db
      .update(customerImports)
      .set({ status: 'done', processed: work.length, created, updated, unchanged: analysis.counts.unchanged, finishedAt: new Date() })
      .where(eq(customerImports.id, importId));
  } catch (err) {
    await db
      .update(customerImports)
      .set({ status: 'failed', error: err instanceof Error ? err.message.slice(0, 500) : 'unknown', finishedAt: new Date() })
      .where(eq(customerImports.id, importId));
    throw err;
  }
}
