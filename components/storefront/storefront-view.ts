import type { Role } from '@/lib/auth/roles';

/**
 * Whether the role picks, on the storefront, the portfolio customer it is serving: a representative
 * buys for its customers (lib/catalog/storefront-use-cases serveCustomer), a shop for itself.
 */
export const SERVES_CUSTOMER = {
  admin: false,
  comercial: false,
  representante: true,
  lojista: false,
  financeiro: false,
  usuario: false,
} as const satisfies Record<Role, boolean>;
