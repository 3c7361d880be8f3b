import { can, type Permission } from '@/lib/auth/permissions';
import { ROLES, type Role } from '@/lib/auth/roles';
import { routes } from '@/lib/routes';
import type { MessageKey } from '@/lib/i18n/message-key';

export type NavItem = { href: string; label: MessageKey; permission: Permission };

/** Each area's navigation, as data. Labels are message keys; items are shown only to roles holding their permission. */
export const NAVIGATION = {
  admin: [
    { href: routes.home('admin'), label: 'nav.home', permission: 'area.admin' },
    { href: routes.admin.users(), label: 'nav.users', permission: 'users.read' },
    { href: routes.admin.audit(), label: 'nav.audit', permission: 'audit.read' },
    { href: routes.admin.emails(), label: 'nav.emails', permission: 'outbox.read' },
  ],
  comercial: [
    { href: routes.home('comercial'), label: 'nav.home', permission: 'area.comercial' },
    { href: routes.customers.list('comercial'), label: 'nav.customers', permission: 'customers.read' },
    { href: routes.customers.representatives(), label: 'nav.representatives', permission: 'representatives.manage' },
    { href: routes.products.list(), label: 'nav.products', permission: 'catalog.manage' },
    { href: routes.products.restrictions(), label: 'nav.restrictions', permission: 'catalog.manage' },
    { href: routes.pricing.scenarios(), label: 'nav.pricing', permission: 'pricing.manage' },
    { href: routes.products.channels(), label: 'nav.channels', permission: 'pricing.manage' },
    { href: routes.orders.list('comercial'), label: 'nav.orders', permission: 'orders.read' },
    { href: routes.orders.conditions(), label: 'nav.conditions', permission: 'orders.conditions' },
    { href: routes.returns.list('comercial'), label: 'nav.returns', permission: 'returns.process' },
  ],
  representante: [
    { href: routes.home('representante'), label: 'nav.home', permission: 'area.representante' },
    { href: routes.customers.list('representante'), label: 'nav.customers', permission: 'customers.read' },
    { href: routes.storefront.list('representante'), label: 'nav.storefront', permission: 'storefront.browse' },
    { href: routes.orders.list('representante'), label: 'nav.orders', permission: 'orders.read' },
    { href: routes.returns.list('representante'), label: 'nav.returns', permission: 'returns.read' },
  ],
  lojista: [
    { href: routes.home('lojista'), label: 'nav.home', permission: 'area.lojista' },
    { href: routes.shop.pos('lojista'), label: 'nav.pos', permission: 'pos.sell' },
    { href: routes.shop.sales('lojista'), label: 'nav.salesHistory', permission: 'pos.sell' },
    { href: routes.shop.registers('lojista'), label: 'nav.registers', permission: 'registers.operate' },
    { href: routes.shop.stock('lojista'), label: 'nav.stock', permission: 'shop.stock' },
    { href: routes.shop.products(), label: 'nav.shopProducts', permission: 'shop.products' },
    { href: routes.shop.prices(), label: 'nav.prices', permission: 'shop.prices' },
    { href: routes.shop.purchases(), label: 'nav.purchases', permission: 'shop.purchases' },
    { href: routes.shop.suppliers(), label: 'nav.suppliers', permission: 'shop.purchases' },
    { href: routes.shop.bills(), label: 'nav.bills', permission: 'shop.bills' },
    { href: routes.shop.cashFlow(), label: 'nav.cashFlow', permission: 'shop.bills' },
    { href: routes.storefront.list('lojista'), label: 'nav.storefront', permission: 'storefront.browse' },
    { href: routes.orders.list('lojista'), label: 'nav.myOrders', permission: 'orders.read' },
    { href: routes.returns.list('lojista'), label: 'nav.returns', permission: 'returns.read' },
    { href: routes.customers.own(), label: 'nav.ownRecord', permission: 'customers.contacts' },
    { href: routes.shop.settings(), label: 'nav.shopSettings', permission: 'shop.settings' },
  ],
  financeiro: [
    { href: routes.home('financeiro'), label: 'nav.home', permission: 'area.financeiro' },
    { href: routes.customers.list('financeiro'), label: 'nav.customers', permission: 'customers.read' },
    { href: routes.orders.list('financeiro'), label: 'nav.orders', permission: 'orders.read' },
    { href: routes.returns.creditNotes(), label: 'nav.creditNotes', permission: 'credit_notes.read' },
  ],
  usuario: [
    { href: routes.home('usuario'), label: 'nav.home', permission: 'area.usuario' },
    { href: routes.shop.pos('usuario'), label: 'nav.pos', permission: 'pos.sell' },
    { href: routes.shop.sales('usuario'), label: 'nav.salesHistory', permission: 'pos.sell' },
    { href: routes.shop.registers('usuario'), label: 'nav.registers', permission: 'registers.operate' },
    { href: routes.shop.stock('usuario'), label: 'nav.stock', permission: 'shop.stock' },
  ],
} as const satisfies Record<Role, readonly NavItem[]>;

export function navigationFor(area: Role, role: Role): NavItem[] {
  return NAVIGATION[area].filter((item) => can(role, item.permission));
}

/** The areas a role may switch between (admin: all of them). */
export function areasFor(role: Role): { area: Role; href: string }[] {
  return ROLES.filter((area) => can(role, `area.${area}`)).map((area) => ({ area, href: routes.home(area) }));
}
