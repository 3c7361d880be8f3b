import { eq, sql, type Column, type SQL } from 'drizzle-orm';

/** A LIKE pattern that finds `text` anywhere, with the user's own % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, '\\$&')}%`;
}

/** A list's search box: "123" or "#123" finds the record by its number; anything else, part of the name. */
export function numberOrName(query: string | undefined, number: Column, name: Column): SQL | undefined {
  const q = query?.replace(/^#/, '');
  if (!q) return undefined;
  return /^\d{1,15}$/.test(q) ? eq(number, Number(q)) : sql`${name} ILIKE ${containsPattern(q)}`;
}
