import type { Role } from '@/lib/auth/roles';

/**
 * Whether the role picks, on the storefront, the portfolio customer it is serving: a representative
 * buys for its customers (lib/catalog/storefront-use-cases serveCustomer), a shop for itself.
 */
/**
 * How the storefront explains a price: a shop reads it in plain words ("Preço para SC, enviado de Minas
 * Gerais"); the brand's people see the rule, the list and the adjustment that chose it.
 */
export const PRICE_EXPLANATION = {
  admin: 'rule',
  comercial: 'rule',
  representante: 'rule',
  lojista: 'plain',
  financeiro: 'rule',
  usuario: 'plain',
} as const satisfies Record<Role, 'plain' | 'rule'>;

export const SERVES_CUSTOMER = {
  admin: false,
  comercial: false,
  representante: true,
  lojista: false,
  financeiro: false,
  usuario: false,
} as const satisfies Record<Role, boolean>;
