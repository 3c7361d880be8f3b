import { NewCustomerPage } from '@/components/crm/new-customer-page';
import { requirePermission } from '@/lib/auth/session';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function Page() {
  await requirePermission('area.representante');
  const actor = await requirePermission('customers.create');
  return <NewCustomerPage actor={actor} area="representante" />;
}

export default withPageMessages('(representante)/representante/clientes/novo', Page);
