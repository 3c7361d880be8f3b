import { CustomersIndex } from '@/components/crm/customers-index';
import { requirePermission } from '@/lib/auth/session';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission('area.representante');
  return <CustomersIndex actor={actor} area="representante" searchParams={await searchParams} />;
}

export default withPageMessages('(representante)/representante/clientes', CustomersPage);
