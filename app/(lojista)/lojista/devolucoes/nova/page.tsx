import { NewReturnPage } from '@/components/returns/new-return-page';
import { requirePermission } from '@/lib/auth/session';

export default async function Page({ searchParams }: { searchParams: Promise<{ pedido?: string }> }) {
  await requirePermission('area.lojista');
  const actor = await requirePermission('returns.open');
  return <NewReturnPage actor={actor} orderId={(await searchParams).pedido ?? ''} />;
}
