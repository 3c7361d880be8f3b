import { withQuery, type QueryParams } from '@/lib/query-string';

/** The areas with a returns screen; finance sees returns only through credit notes. */
export const RETURNS_AREAS = ['comercial', 'representante', 'lojista'] as const;
export type ReturnsArea = (typeof RETURNS_AREAS)[number];

export const returns = {
  list: (area: ReturnsArea, query?: QueryParams) => withQuery(`/${area}/devolucoes`, query),
  detail: (area: ReturnsArea, id: string, query?: { nova?: 1 }) => withQuery(`/${area}/devolucoes/${id}`, query),
  /** Only a shop opens a return, from one of its delivered orders (without one, the page lets it choose). */
  new: (orderId?: string) => withQuery('/lojista/devolucoes/nova', orderId ? { pedido: orderId } : undefined),
  creditNotes: (query?: QueryParams) => withQuery('/financeiro/notas-de-credito', query),
  creditNotesExport: (query?: QueryParams) => withQuery('/financeiro/notas-de-credito/exportar', query),
};
