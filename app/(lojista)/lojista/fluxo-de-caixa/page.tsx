import { CashFlowPage } from '@/components/shop/cash-flow-page';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { requirePermission } from '@/lib/auth/session';

async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('area.lojista');
  return <CashFlowPage actor={await requirePermission('shop.bills')} searchParams={await searchParams} />;
}

export default withPageMessages('(lojista)/lojista/fluxo-de-caixa', Page);
