import { withQuery, type QueryParams } from '@/lib/query-string';

/** The catalog is managed in the commercial area only. */
export const products = {
  /** The list, with its filters (`q`, `collection`, `category`, `active`, `sort`, `dir`, `page`) or the product just `created`. */
  list: (query?: QueryParams) => withQuery('/comercial/produtos', query),
  export: (query?: QueryParams) => withQuery('/comercial/produtos/exportar', query),
  new: () => '/comercial/produtos/novo',
  detail: (id: string) => `/comercial/produtos/${id}`,
  /** A page of the product's stock movements, scrolled to their card. */
  movements: (id: string, page: number) => `${withQuery(`/comercial/produtos/${id}`, { movimentos: page })}#movimentos`,
  restrictions: () => '/comercial/restricoes',
  channels: () => '/comercial/canais',
};
