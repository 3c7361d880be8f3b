import { withQuery, type QueryParams } from '@/lib/query-string';

/** The areas with an orders screen; admin works in the commercial one. */
export const ORDERS_AREAS = ['comercial', 'representante', 'lojista', 'financeiro'] as const;
export type OrdersArea = (typeof ORDERS_AREAS)[number];

export const orders = {
  list: (area: OrdersArea, query?: QueryParams) => withQuery(`/${area}/pedidos`, query),
  detail: (area: OrdersArea, id: string) => `/${area}/pedidos/${id}`,
  /** The CSV of what the list shows; only staff areas export. */
  export: (area: 'comercial' | 'financeiro', query?: QueryParams) => withQuery(`/${area}/pedidos/exportar`, query),
  /** Minimums, payment terms and discounts: a commercial screen. */
  conditions: () => '/comercial/condicoes',
};
