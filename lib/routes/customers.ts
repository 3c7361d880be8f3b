import { withQuery, type QueryParams } from '@/lib/query-string';

/** The areas with a customers screen; admin works in the commercial one, a shop edits only its own record. */
export const CUSTOMERS_AREAS = ['comercial', 'representante', 'financeiro'] as const;
export type CustomersArea = (typeof CUSTOMERS_AREAS)[number];
/** Finance reads customers but does not register them. */
export const NEW_CUSTOMER_AREAS = ['comercial', 'representante'] as const satisfies readonly CustomersArea[];

export const customers = {
  list: (area: CustomersArea, query?: QueryParams) => withQuery(`/${area}/clientes`, query),
  detail: (area: CustomersArea, id: string, query?: { saved?: 1 }) => withQuery(`/${area}/clientes/${id}`, query),
  new: (area: (typeof NEW_CUSTOMER_AREAS)[number]) => `/${area}/clientes/novo`,
  export: (area: CustomersArea, query?: QueryParams) => withQuery(`/${area}/clientes/exportar`, query),
  /** Importing is a commercial screen. */
  imports: () => '/comercial/clientes/importar',
  import: (id: string) => `/comercial/clientes/importar/${id}`,
  /** A shop's own record (contacts, phones, addresses). */
  own: () => '/lojista/cadastro',
  representatives: () => '/comercial/representantes',
};
