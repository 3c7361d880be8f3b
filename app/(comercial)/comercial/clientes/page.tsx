import { CustomersIndex } from '@/components/crm/customers-index';
import { requirePermission } from '@/lib/auth/session';

export default async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission('area.comercial');
  return <CustomersIndex actor={actor} area="comercial" searchParams={await searchParams} />;
}
