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
  | 'catalog.images'
  | 'pricing.manage'
  | 'orders.read'
  | 'orders.place'
  | 'orders.approve'
  | 'orders.adjust'
  | 'orders.withdraw'
  | 'orders.cancel'
  | 'orders.release'
  | 'orders.fulfil'
  | 'orders.conditions'
  | 'orders.export'
  | 'returns.read'
  | 'returns.open'
  | 'returns.process'
  | 'credit_notes.read'
  | 'pos.sell'
  | 'pos.void'
  | 'registers.operate'
  | 'shop.stock'
  | 'shop.stock.manage'
  | 'shop.prices'
  | 'shop.products'
  | 'shop.settings'
  | 'shop.consumers'
  | 'shop.purchases'
  | 'shop.bills';

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
  /** Product photos: whoever manages the catalog or browses the storefront, and a shop's clerks (what their shop sells). */
  'catalog.images': ['admin', 'comercial', 'representante', 'lojista', 'usuario'],
  'pricing.manage': ['admin', 'comercial'],
  'orders.read': ['admin', 'comercial', 'representante', 'lojista', 'financeiro'],
  /** Build and submit an order: a shop for itself, a representative for a portfolio customer. */
  'orders.place': ['lojista', 'representante'],
  'orders.approve': ['admin', 'comercial', 'representante'],
  /** Change the quantities of a shop's order while it waits for approval (the representative within its portfolio). */
  'orders.adjust': ['admin', 'comercial', 'representante'],
  /** A shop cancelling its own order while it waits for approval. */
  'orders.withdraw': ['lojista'],
  'orders.cancel': ['admin', 'financeiro'],
  'orders.release': ['admin', 'financeiro'],
  'orders.fulfil': ['admin', 'comercial'],
  'orders.conditions': ['admin', 'comercial'],
  'orders.export': ['admin', 'comercial', 'financeiro'],
  'returns.read': ['admin', 'comercial', 'representante', 'lojista', 'financeiro'],
  'returns.open': ['lojista'],
  'returns.process': ['admin', 'comercial'],
  'credit_notes.read': ['admin', 'financeiro', 'comercial'],
  /** The shop's counter: its owner and the clerks attached to it (each within its own shop, by shopRecordScope). */
  'pos.sell': ['lojista', 'usuario'],
  /** Voiding a finished sale gives money and goods back: the owner only. */
  'pos.void': ['lojista'],
  /** Opening and closing a register, withdrawals and deposits: whoever runs the till. */
  'registers.operate': ['lojista', 'usuario'],
  'shop.stock': ['lojista', 'usuario'],
  /** Adjusting counts, minimums and transfers between the shop's locations. */
  'shop.stock.manage': ['lojista'],
  'shop.prices': ['lojista'],
  /** The shop's own products (its own catalog beside the brand's): registering, editing, barcodes, photos. */
  'shop.products': ['lojista'],
  /** The shop's maximum discount, negative stock, markup, PIX key and registers. */
  'shop.settings': ['lojista'],
  /** Finding and registering the shop's own consumers at the counter. */
  'shop.consumers': ['lojista', 'usuario'],
  /** Suppliers, purchase requests (review, send, receive): the owner's. */
  'shop.purchases': ['lojista'],
  /** Accounts payable and the cash flow: the owner's. */
  'shop.bills': ['lojista'],
} as const satisfies Record<Permission, readonly Role[]>;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function areaPermission(area: Role): Permission {
  return `area.${area}`;
}
