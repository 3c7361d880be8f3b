import type { Role } from '@/lib/auth/roles';

/** What the returns list shows each role; `returns.*` message keys. */
type ReturnsView = {
  /** A shop sees only its own returns: no customer column. */
  shop: boolean;
  description: string;
};

const STAFF = { shop: false, description: 'list.description' } as const;

export const RETURNS_VIEW = {
  admin: STAFF,
  comercial: STAFF,
  financeiro: STAFF,
  usuario: STAFF,
  representante: { shop: false, description: 'list.descriptionRep' },
  lojista: { shop: true, description: 'list.descriptionShop' },
} as const satisfies Record<Role, ReturnsView>;
