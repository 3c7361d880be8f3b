import type { Role } from '@/lib/auth/roles';

/** What the shared orders screens show each role; `orders.*` message keys. */
type OrdersView = {
  /** A shop sees only its own orders: no customer column, no UF filter, no credit figures. */
  shop: boolean;
  /** Staff see every representative's orders, so the column and the full filters. */
  staff: boolean;
  /** The queue the role works first, shown above the list. */
  queue: 'submitted' | 'financial_hold' | null;
  title: string;
  description: string;
  /** A representative's submission counts as approved (lib/orders/use-cases): the draft editor says so. */
  submitHint: boolean;
};

export const ORDERS_VIEW = {
  admin: { shop: false, staff: true, queue: null, title: 'list.title', description: 'list.descriptionAll', submitHint: false },
  comercial: { shop: false, staff: true, queue: null, title: 'list.title', description: 'list.descriptionAll', submitHint: false },
  financeiro: { shop: false, staff: true, queue: 'financial_hold', title: 'list.title', description: 'list.descriptionFinance', submitHint: false },
  representante: { shop: false, staff: false, queue: 'submitted', title: 'list.title', description: 'list.descriptionRep', submitHint: true },
  lojista: { shop: true, staff: false, queue: null, title: 'list.titleShop', description: 'list.descriptionShop', submitHint: false },
  usuario: { shop: false, staff: false, queue: null, title: 'list.title', description: 'list.descriptionAll', submitHint: false },
} as const satisfies Record<Role, OrdersView>;
