import { withQuery, type QueryParams } from '@/lib/query-string';

export const PRODUCT_TABS = ['estoque', 'variantes'] as const;
export type ProductTab = (typeof PRODUCT_TABS)[number];

/** The catalog is managed in the commercial area only. */
export const products = {
  /** The list, with its filters (`q`, `collection`, `category`, `active`, `sort`, `dir`, `page`) or the product just `created`. */
  list: (query?: QueryParams) => withQuery('/comercial/produtos', query),
  export: (query?: QueryParams) => withQuery('/comercial/produtos/exportar', query),
  new: () => '/comercial/produtos/novo',
  /** A product's page: its data and images, or the `estoque` (levels, moves, ledger) or `variantes` (EAN, minimum) tab. */
  detail: (id: string, tab?: ProductTab) => withQuery(`/comercial/produtos/${id}`, { aba: tab }),
  /** A page of the product's stock movements (the stock tab), scrolled to their card. */
  movements: (id: string, page: number) => `${withQuery(`/comercial/produtos/${id}`, { aba: 'estoque', movimentos: page })}#movimentos`,
  restrictions: () => '/comercial/restricoes',
  channels: () => '/comercial/canais',
};
