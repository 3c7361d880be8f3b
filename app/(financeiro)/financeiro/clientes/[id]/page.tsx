import { CustomerDetailPage } from '@/components/crm/customer-detail-page';
import { requirePermission } from '@/lib/auth/session';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function CustomerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const actor = await requirePermission('area.financeiro');
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  return <CustomerDetailPage actor={actor} id={id} area="financeiro" saved={saved === '1'} />;
}

export default withPageMessages('(financeiro)/financeiro/clientes/[id]', CustomerPage);
