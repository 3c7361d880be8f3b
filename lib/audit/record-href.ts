import { routes } from '@/lib/routes';

/** The page of an audited record, as admin sees it (admin works in the commercial area); null when the record type has none. */
export function auditRecordHref(entity: string, id: string | null): string | null {
  if (!id) return null;
  switch (entity) {
    case 'order':
      return routes.orders.detail('comercial', id);
    case 'customer':
      return routes.customers.detail('comercial', id);
    case 'return':
      return routes.returns.detail('comercial', id);
    case 'product':
      return routes.products.detail(id);
    case 'user':
      return routes.admin.user(id);
    default:
      return null;
  }
}
