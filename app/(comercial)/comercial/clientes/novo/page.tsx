import { NewCustomerPage } from '@/components/crm/new-customer-page';
import { requirePermission } from '@/lib/auth/session';

export default async function Page() {
  await requirePermission('area.comercial');
  const actor = await requirePermission('customers.create');
  return <NewCustomerPage actor={actor} area="comercial" />;
}
