import { withQuery, type QueryParams } from '@/lib/query-string';

/** The areas that run a shop's counter: its owner and its clerks. */
export const SHOP_AREAS = ['lojista', 'usuario'] as const;
export type ShopArea = (typeof SHOP_AREAS)[number];

export const shop = {
  /** The point of sale. */
  pos: (area: ShopArea) => `/${area}/pdv`,
  sales: (area: ShopArea, query?: QueryParams) => withQuery(`/${area}/vendas`, query),
  salesExport: (area: ShopArea, query?: QueryParams) => withQuery(`/${area}/vendas/exportar`, query),
  sale: (area: ShopArea, id: string, query?: { nova?: 1 }) => withQuery(`/${area}/vendas/${id}`, query),
  receipt: (area: ShopArea, id: string, format: '80mm' | 'a4' = '80mm') => withQuery(`/${area}/vendas/${id}/recibo`, { formato: format }),
  registers: (area: ShopArea) => `/${area}/caixa`,
  session: (area: ShopArea, id: string) => `/${area}/caixa/${id}`,
  stock: (area: ShopArea, query?: QueryParams) => withQuery(`/${area}/estoque`, query),
  ledger: (area: ShopArea, query?: QueryParams) => withQuery(`/${area}/estoque/movimentos`, query),
  suppliers: () => '/lojista/fornecedores',
  purchases: () => '/lojista/compras',
  purchase: (id: string) => `/lojista/compras/${id}`,
  prices: (query?: QueryParams) => withQuery('/lojista/precos', query),
  /** The shop's own products (its catalog beside the brand's). */
  products: (query?: QueryParams) => withQuery('/lojista/produtos', query),
  productsExport: (query?: QueryParams) => withQuery('/lojista/produtos/exportar', query),
  newProduct: () => '/lojista/produtos/novo',
  product: (id: string, query?: QueryParams) => withQuery(`/lojista/produtos/${id}`, query),
  bills: (query?: QueryParams) => withQuery('/lojista/contas', query),
  bill: (id: string) => `/lojista/contas/${id}`,
  billFile: (id: string) => `/lojista/contas/${id}/arquivo`,
  cashFlow: (query?: QueryParams) => withQuery('/lojista/fluxo-de-caixa', query),
  cashFlowExport: (query?: QueryParams) => withQuery('/lojista/fluxo-de-caixa/exportar', query),
  /** The owner's: the shop's settings (discount ceiling, negative stock, markup, PIX, registers). */
  settings: () => '/lojista/configuracoes',
};
