import { MIN_SEARCH_LENGTH } from '@/lib/search-length';

/**
 * The one place that decides what a customer can be found by: name, trade name, email,
 * document (with and without punctuation), phones, plates, serials and city.
 */
export function normalizeForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

export function buildSearchText(input: {
  name: string;
  tradeName?: string | null;
  email?: string | null;
  document: string;
  phones?: string[];
  assets?: string[];
  city?: string | null;
}): string {
  // The city comes last: migration 0009 appended it to the rows stored before it was searchable.
  return normalizeForSearch([input.name, input.tradeName, input.email, input.document, ...(input.phones ?? []), ...(input.assets ?? []), input.city].filter(Boolean).join(' | '));
}

/** What to look for: the text as typed, plus its letters-and-digits form so "123.456.789-09" finds "12345678909". */
export function searchTerms(query: string): string[] {
  const q = normalizeForSearch(query);
  const compact = q.replace(/[^a-z0-9]/g, '');
  return [...new Set([q, compact].filter((t) => t.length >= MIN_SEARCH_LENGTH))];
}
