import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Sql } from 'postgres';
import type { Db } from '@/db/client';

/** A value as COPY's text format writes it: null as \N, arrays as literals, objects as JSON, dates in UTC. */
export type CopyValue = string | number | boolean | null | Date | readonly string[] | object;

function escape(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

function field(v: CopyValue): string {
  if (v === null) return '\\N';
  if (typeof v === 'string') return escape(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return escape(arrayLiteral(v as string[]));
  return escape(JSON.stringify(v));
}

/** The postgres.js client under a Drizzle database (createDb's), for COPY. */
export function clientOf(db: Db): Sql {
  return (db as unknown as { $client: Sql }).$client;
}

/**
 * Streams rows into a table with COPY … FROM STDIN (the fastest bulk load; constraints, indexes and
 * foreign keys all apply as for an INSERT). Rows are written in chunks of a few thousand lines.
 */
export async function copyRows(db: Db, table: string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>): Promise<number> {
  let count = 0;
  function* chunks() {
    let buffer: string[] = [];
    for (const row of rows) {
      buffer.push(row.map(field).join('\t'));
      count++;
      if (buffer.length >= 5000) {
        yield `${buffer.join('\n')}\n`;
        buffer = [];
      }
    }
    if (buffer.length) yield `${buffer.join('\n')}\n`;
  }
  const writable = await clientOf(db)
    .unsafe(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)
    .writable();
  await pipeline(Readable.from(chunks()), writable);
  return count;
}
