export const ROLES = ['admin', 'comercial', 'representante', 'lojista', 'financeiro', 'usuario'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The role whose area `pathname` is in: each role's area is the route group `app/(<role>)/<role>` (see lib/routes). */
export function areaOfPath(pathname: string): Role | null {
  const first = pathname.split('/')[1] ?? '';
  return isRole(first) ? first : null;
}
