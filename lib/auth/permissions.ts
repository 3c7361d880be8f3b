import type { Role } from './roles';

export type Permission =
  | 'area.admin'
  | 'area.comercial'
  | 'area.representante'
  | 'area.lojista'
  | 'area.financeiro'
  | 'area.usuario'
  | 'users.read'
  | 'users.write'
  | 'audit.read'
  | 'outbox.read'
  | 'profile.update'
  | 'customers.read'
  | 'customers.create'
  | 'customers.update'
  | 'customers.contacts'
  | 'customers.credit'
  | 'customers.transfer'
  | 'customers.import'
  | 'customers.export'
  | 'representatives.manage'
  | 'shops.read'
  | 'shops.manage'
  | 'storefront.browse'
  | 'catalog.manage'
  | 'pricing.manage';

/**
 * The single permission map. Data scope (portfolio, own shop) is applied by each query;
 * this map only says which roles may attempt a capability at all.
 */
export const PERMISSIONS = {
  'area.admin': ['admin'],
  'area.comercial': ['admin', 'comercial'],
  'area.representante': ['admin', 'representante'],
  'area.lojista': ['admin', 'lojista'],
  'area.financeiro': ['admin', 'financeiro'],
  'area.usuario': ['admin', 'usuario'],
  'users.read': ['admin'],
  'users.write': ['admin'],
  'audit.read': ['admin'],
  'outbox.read': ['admin'],
  'profile.update': ['admin', 'comercial', 'representante', 'lojista', 'financeiro', 'usuario'],
  'customers.read': ['admin', 'comercial', 'representante', 'lojista', 'financeiro'],
  'customers.create': ['admin', 'comercial', 'representante'],
  'customers.update': ['admin', 'comercial', 'representante'],
  'customers.contacts': ['admin', 'comercial', 'representante', 'lojista'],
  'customers.credit': ['admin', 'financeiro'],
  'customers.transfer': ['admin', 'comercial'],
  'customers.import': ['admin', 'comercial'],
  'customers.export': ['admin', 'comercial', 'representante', 'financeiro'],
  'representatives.manage': ['admin', 'comercial'],
  'shops.read': ['admin', 'comercial', 'lojista', 'usuario'],
  'shops.manage': ['admin', 'comercial'],
  'storefront.browse': ['admin', 'lojista', 'representante'],
  'catalog.manage': ['admin', 'comercial'],
  'pricing.manage': ['admin', 'comercial'],
} as const satisfies Record<Permission, readonly Role[]>;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function areaPermission(area: Role): Permission {
  return `area.${area}`;
}
