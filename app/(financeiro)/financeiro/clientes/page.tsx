import { CustomersIndex } from '@/components/crm/customers-index';
import { requirePermission } from '@/lib/auth/session';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission('area.financeiro');
  return <CustomersIndex actor={actor} area="financeiro" searchParams={await searchParams} />;
}

export default withPageMessages('(financeiro)/financeiro/clientes', CustomersPage);
