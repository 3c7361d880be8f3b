import type { Role } from '@/lib/auth/roles';

/** What the shared customers screens show each role; `customers.*` message keys. */
type CustomersView = {
  /**
   * A representative's customers are all its own portfolio: no representative to pick or filter by,
   * and no credit column.
   */
  portfolio: boolean;
  description: string;
  newDescription: string;
};

const STAFF = { portfolio: false, description: 'description', newDescription: 'newDescription' } as const;

export const CUSTOMERS_VIEW = {
  admin: STAFF,
  comercial: STAFF,
  financeiro: STAFF,
  lojista: STAFF,
  usuario: STAFF,
  representante: { portfolio: true, description: 'descriptionPortfolio', newDescription: 'newDescriptionPortfolio' },
} as const satisfies Record<Role, CustomersView>;
