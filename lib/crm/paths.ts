import type { Role } from '@/lib/auth/roles';

/** Where each role manages customers; admin uses the commercial area. */
export const CUSTOMER_AREA = {
  admin: '/comercial/clientes',
  comercial: '/comercial/clientes',
  representante: '/representante/clientes',
  financeiro: '/financeiro/clientes',
  lojista: '/lojista/cadastro',
  usuario: '/usuario',
} as const satisfies Record<Role, string>;

export function customerAreaPath(role: Role | undefined): string {
  return role ? CUSTOMER_AREA[role] : '/';
}
