import { SalesPage } from '@/components/shop/sales-page';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { requirePermission } from '@/lib/auth/session';

async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('area.lojista');
  return <SalesPage actor={await requirePermission('pos.sell')} area="lojista" searchParams={await searchParams} />;
}

export default withPageMessages('(lojista)/lojista/vendas', Page);
