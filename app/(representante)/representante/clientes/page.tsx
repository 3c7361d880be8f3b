import { CustomersIndex } from '@/components/crm/customers-index';
import { requirePermission } from '@/lib/auth/session';

export default async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission('area.representante');
  return <CustomersIndex actor={actor} area="representante" searchParams={await searchParams} />;
}
