import { withQuery } from '@/lib/query-string';

/** Route handlers the pages fetch or embed; each checks its own permission. */
export const api = {
  image: (id: string) => `/api/imagens/${id}`,
  returnPhoto: (id: string) => `/api/devolucoes/fotos/${id}`,
  customerSearch: (q: string) => withQuery('/api/clientes/busca', { q }),
  importProgress: (id: string) => `/api/importacoes/${id}`,
};
