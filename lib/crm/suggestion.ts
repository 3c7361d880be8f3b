import { formatDocument } from './document';

/**
 * A customer as a search box offers it: the name with what tells two of the same name apart
 * (trade name, CPF/CNPJ, city / UF). The search route answers these and the pickers show them.
 */
export type CustomerSuggestion = { id: string; name: string; tradeName: string | null; document: string; place: string };

export function toSuggestion(row: { id: string; name: string; tradeName: string | null; document: string; city: string | null; uf: string }): CustomerSuggestion {
  return { id: row.id, name: row.name, tradeName: row.tradeName, document: formatDocument(row.document), place: [row.city, row.uf].filter(Boolean).join(' / ') };
}
