import type { Role } from '@/lib/auth/roles';
import type { CustomersArea } from '@/lib/routes';

/**
 * Where each role manages customers; admin uses the commercial area. A shop only edits its own
 * record (routes.customers.own) and an employee has no customers screen, hence null.
 */
export const CUSTOMER_AREA = {
  admin: 'comercial',
  comercial: 'comercial',
  representante: 'representante',
  financeiro: 'financeiro',
  lojista: null,
  usuario: null,
} as const satisfies Record<Role, CustomersArea | null>;
