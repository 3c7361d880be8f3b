import { withQuery, type QueryParams } from '@/lib/query-string';

/** The areas with an orders screen; admin works in the commercial one. */
export const ORDERS_AREAS = ['comercial', 'representante', 'lojista', 'financeiro'] as const;
export type OrdersArea = (typeof ORDERS_AREAS)[number];
/** The areas whose orders list has a CSV export route. */
export const ORDER_EXPORT_AREAS = ['comercial', 'financeiro'] as const satisfies readonly OrdersArea[];

export const orders = {
  list: (area: OrdersArea, query?: QueryParams) => withQuery(`/${area}/pedidos`, query),
  detail: (area: OrdersArea, id: string) => `/${area}/pedidos/${id}`,
  /** A draft's review before submission ("Revisar e enviar"): the order page in its review step. */
  review: (area: OrdersArea, id: string) => withQuery(`/${area}/pedidos/${id}`, { revisar: '1' }),
  /** The CSV of what the list shows. */
  export: (area: (typeof ORDER_EXPORT_AREAS)[number], query?: QueryParams) => withQuery(`/${area}/pedidos/exportar`, query),
  /** Minimums, payment terms and discounts: a commercial screen. */
  conditions: () => '/comercial/condicoes',
};
