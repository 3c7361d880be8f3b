import { withQuery } from '@/lib/query-string';

/** The catalog is managed in the commercial area only. */
export const products = {
  list: (query?: { created?: string }) => withQuery('/comercial/produtos', query),
  new: () => '/comercial/produtos/novo',
  detail: (id: string) => `/comercial/produtos/${id}`,
  /** A page of the product's stock movements, scrolled to their card. */
  movements: (id: string, page: number) => `${withQuery(`/comercial/produtos/${id}`, { movimentos: page })}#movimentos`,
  restrictions: () => '/comercial/restricoes',
  channels: () => '/comercial/canais',
};
