import { ConditionsPage } from '@/components/orders/conditions-page';
import { requirePermission } from '@/lib/auth/session';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function Page() {
  await requirePermission('area.comercial');
  await requirePermission('orders.conditions');
  return <ConditionsPage />;
}

export default withPageMessages('(comercial)/comercial/condicoes', Page);
