import { NewReturnPage } from '@/components/returns/new-return-page';
import { requirePermission } from '@/lib/auth/session';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function Page({ searchParams }: { searchParams: Promise<{ pedido?: string }> }) {
  await requirePermission('area.lojista');
  const actor = await requirePermission('returns.open');
  return <NewReturnPage actor={actor} orderId={(await searchParams).pedido ?? ''} />;
}

export default withPageMessages('(lojista)/lojista/devolucoes/nova', Page);
