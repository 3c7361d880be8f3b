import type { z } from 'zod';

/** Longer than anything a person types in one field; beyond it a value is cut, never sent whole to the database. */
const MAX_TEXT = 20_000;

/**
 * Text as PostgreSQL can store it: without NUL (which it refuses outright, a 500 otherwise) and other
 * control characters a keyboard does not type (tabs and line breaks stay), and at most MAX_TEXT long.
 */
export function cleanText(value: string): string {
  const cleaned = value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  return cleaned.length > MAX_TEXT ? cleaned.slice(0, MAX_TEXT) : cleaned;
}

/**
 * Every string in a form or query object, cleaned (see cleanText); the shape is kept. The top-level
 * fields named in `binary` carry file contents (base64, checked by their schema) and are left whole.
 */
export function cleanInput<T>(value: T, binary: readonly string[] = []): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((v) => cleanInput(v)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out = Object.create(Object.getPrototypeOf(value) === null ? null : Object.prototype) as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) out[k] = binary.includes(k) ? v : cleanInput(v);
    return out as T;
  }
  return value;
}

/**
 * A list's filters from the URL — the one way pages and exports read them: values cleaned, then the
 * module's forgiving schema (bad values are dropped, never an error page).
 */
export function parseQuery<S extends z.ZodType>(schema: S, params: URLSearchParams | Record<string, string | string[] | undefined>): z.output<S> {
  const raw = params instanceof URLSearchParams ? Object.fromEntries(params) : params;
  return schema.parse(cleanInput(raw));
}
