import { ConditionsPage } from '@/components/orders/conditions-page';
import { requirePermission } from '@/lib/auth/session';

export default async function Page() {
  await requirePermission('area.comercial');
  await requirePermission('orders.conditions');
  return <ConditionsPage />;
}
