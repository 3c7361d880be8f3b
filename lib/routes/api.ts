import { withQuery } from '@/lib/query-string';

/** Route handlers the pages fetch or embed; each checks its own permission. */
export const api = {
  /** A product image in a page size (see lib/catalog/image-sizes.ts); large when none is asked, or the file as uploaded. */
  image: (id: string, size?: 'thumb' | 'large' | 'original') => withQuery(`/api/imagens/${id}`, { tamanho: size }),
  /** The outline shown for a product without a photo (public, cached for good). */
  silhouette: (kind: string) => `/api/silhuetas/${kind}.svg`,
  returnPhoto: (id: string) => `/api/devolucoes/fotos/${id}`,
  customerSearch: (q: string) => withQuery('/api/clientes/busca', { q }),
  productSearch: (q: string) => withQuery('/api/produtos/busca', { q }),
  userSearch: (q: string) => withQuery('/api/usuarios/busca', { q }),
  posSearch: (q: string, sessionId: string | null) => withQuery('/api/pdv/busca', { q, sessao: sessionId ?? undefined }),
  consumerSearch: (q: string) => withQuery('/api/pdv/consumidores', { q }),
  importProgress: (id: string) => `/api/importacoes/${id}`,
};
