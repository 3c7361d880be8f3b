import { can, type Permission } from '@/lib/auth/permissions';
import { AREA_HOME, ROLES, type Role } from '@/lib/auth/roles';
import type { MessageKey } from '@/lib/i18n/message-key';

export type NavItem = { href: string; label: MessageKey; permission: Permission };

/** Each area's navigation, as data. Labels are message keys; items are shown only to roles holding their permission. */
export const NAVIGATION = {
  admin: [
    { href: '/admin', label: 'nav.home', permission: 'area.admin' },
    { href: '/admin/usuarios', label: 'nav.users', permission: 'users.read' },
    { href: '/admin/auditoria', label: 'nav.audit', permission: 'audit.read' },
    { href: '/admin/emails', label: 'nav.emails', permission: 'outbox.read' },
  ],
  comercial: [
    { href: '/comercial', label: 'nav.home', permission: 'area.comercial' },
    { href: '/comercial/clientes', label: 'nav.customers', permission: 'customers.read' },
    { href: '/comercial/representantes', label: 'nav.representatives', permission: 'representatives.manage' },
    { href: '/comercial/produtos', label: 'nav.products', permission: 'catalog.manage' },
    { href: '/comercial/restricoes', label: 'nav.restrictions', permission: 'catalog.manage' },
    { href: '/comercial/precos', label: 'nav.pricing', permission: 'pricing.manage' },
    { href: '/comercial/canais', label: 'nav.channels', permission: 'pricing.manage' },
    { href: '/comercial/pedidos', label: 'nav.orders', permission: 'orders.read' },
    { href: '/comercial/condicoes', label: 'nav.conditions', permission: 'orders.conditions' },
    { href: '/comercial/devolucoes', label: 'nav.returns', permission: 'returns.process' },
  ],
  representante: [
    { href: '/representante', label: 'nav.home', permission: 'area.representante' },
    { href: '/representante/clientes', label: 'nav.customers', permission: 'customers.read' },
    { href: '/representante/loja', label: 'nav.storefront', permission: 'storefront.browse' },
    { href: '/representante/pedidos', label: 'nav.orders', permission: 'orders.read' },
    { href: '/representante/devolucoes', label: 'nav.returns', permission: 'returns.read' },
  ],
  lojista: [
    { href: '/lojista', label: 'nav.home', permission: 'area.lojista' },
    { href: '/lojista/loja', label: 'nav.storefront', permission: 'storefront.browse' },
    { href: '/lojista/pedidos', label: 'nav.myOrders', permission: 'orders.read' },
    { href: '/lojista/devolucoes', label: 'nav.returns', permission: 'returns.read' },
    { href: '/lojista/cadastro', label: 'nav.ownRecord', permission: 'customers.contacts' },
  ],
  financeiro: [
    { href: '/financeiro', label: 'nav.home', permission: 'area.financeiro' },
    { href: '/financeiro/clientes', label: 'nav.customers', permission: 'customers.read' },
    { href: '/financeiro/pedidos', label: 'nav.orders', permission: 'orders.read' },
    { href: '/financeiro/notas-de-credito', label: 'nav.creditNotes', permission: 'credit_notes.read' },
  ],
  usuario: [{ href: '/usuario', label: 'nav.home', permission: 'area.usuario' }],
} as const satisfies Record<Role, readonly NavItem[]>;

export function navigationFor(area: Role, role: Role): NavItem[] {
  return NAVIGATION[area].filter((item) => can(role, item.permission));
}

/** The areas a role may switch between (admin: all of them). */
export function areasFor(role: Role): { area: Role; href: string }[] {
  return ROLES.filter((area) => can(role, `area.${area}`)).map((area) => ({ area, href: AREA_HOME[area] }));
}
