/** RFC 4180 CSV with a UTF-8 BOM (so spreadsheet apps read accents), guarding against formula injection. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: unknown[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

export const CSV_BOM = '\uFEFF';

/** Reads a query page by page (`fetch(offset, limit)`) so an export never holds the whole table in memory. */
export async function* inChunks<T>(fetch: (offset: number, limit: number) => Promise<T[]>, chunk = 1000): AsyncGenerator<T> {
  for (let offset = 0; ; offset += chunk) {
    const rows = await fetch(offset, chunk);
    yield* rows;
    if (rows.length < chunk) return;
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
