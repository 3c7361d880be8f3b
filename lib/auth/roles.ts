export const ROLES = ['admin', 'comercial', 'representante', 'lojista', 'financeiro', 'usuario'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Each role's own area: the route group `app/(<role>)/<role>`. */
export const AREA_HOME = {
  admin: '/admin',
  comercial: '/comercial',
  representante: '/representante',
  lojista: '/lojista',
  financeiro: '/financeiro',
  usuario: '/usuario',
} as const satisfies Record<Role, `/${string}`>;

export function areaOfPath(pathname: string): Role | null {
  const first = pathname.split('/')[1] ?? '';
  return isRole(first) ? first : null;
}
