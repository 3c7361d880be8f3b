import { SaleDetailPage } from '@/components/shop/sale-detail-page';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { requirePermission } from '@/lib/auth/session';

async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('area.lojista');
  return <SaleDetailPage actor={await requirePermission('pos.sell')} area="lojista" id={(await params).id} />;
}

export default withPageMessages('(lojista)/lojista/vendas/[id]', Page);
