import type { SQL } from 'drizzle-orm';
import { TIME_ZONE } from '@/lib/i18n/locales';

/**
 * CSV for people: it opens in Brazilian Excel as it is — `;` between fields, amounts with a decimal
 * comma ("8.678,00"), times in America/Sao_Paulo, a UTF-8 BOM so accents survive — and quoting per
 * RFC 4180. A cell that a spreadsheet would run as a formula is neutralised with a leading apostrophe.
 */
export const CSV_SEPARATOR = ';';
export const CSV_BOM = '\uFEFF';

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = value instanceof Date ? csvDateTime(value) : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  // A comma is only a decimal comma here: quoting it would make Excel read the amount as text.
  return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: unknown[]): string {
  return values.map(csvCell).join(CSV_SEPARATOR) + '\r\n';
}

const MONEY = new Intl.NumberFormat('pt-BR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Cents as Brazilian Excel reads a number: 867800 → "8.678,00". */
export function csvMoney(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? '' : MONEY.format(cents / 100);
}

const DATE_TIME = new Intl.DateTimeFormat('pt-BR', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** A UTC instant as the screen shows it, in São Paulo time: "29/11/2026 10:55". */
export function csvDateTime(value: Date | null | undefined): string {
  return value ? DATE_TIME.format(value).replace(',', '') : '';
}

/**
 * Reads a query chunk by chunk for an export, each chunk starting after the last row of the one
 * before (keyset, not OFFSET): a row added or removed while the export runs never shifts another
 * one into or out of the file, and a deep chunk costs what the first does. `query(after, limit)` adds
 * `after` to its where (undefined for the first chunk) and has a total order; `after(last)` is the
 * condition for the rows that follow `last` in that order.
 */
export async function* inKeysetChunks<T>(query: (after: SQL | undefined, limit: number) => Promise<T[]>, after: (last: T) => SQL, chunk = 1000): AsyncGenerator<T> {
  let cursor: SQL | undefined;
  for (;;) {
    const rows = await query(cursor, chunk);
    yield* rows;
    if (rows.length < chunk) return;
    cursor = after(rows[rows.length - 1]!);
  }
}

/**
 * Rows read in chunks in an order fixed beforehand as a list of ids (any sort, nulls included):
 * a record created or edited during the export cannot shift a row into or out of the file; one
 * deleted meanwhile is left out.
 */
export async function* inIdOrder<T extends { id: string }>(ids: string[], read: (chunk: string[]) => Promise<T[]>, chunk = 500): AsyncGenerator<T> {
  for (let i = 0; i < ids.length; i += chunk) {
    const slice = ids.slice(i, i + chunk);
    const rows = new Map((await read(slice)).map((r) => [r.id, r]));
    for (const id of slice) {
      const row = rows.get(id);
      if (row) yield row;
    }
  }
}

/** A CSV download streamed as the rows arrive: BOM and header first, then one line per row. */
export function csvDownload<T>(filename: string, header: readonly string[], rows: AsyncIterable<T>, toCells: (row: T) => unknown[]): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvLine([...header])));
      for await (const r of rows) controller.enqueue(encoder.encode(csvLine(toCells(r))));
      controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
