import { PurchaseDetailPage } from '@/components/shop/purchase-detail-page';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { requirePermission } from '@/lib/auth/session';

async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('area.lojista');
  return <PurchaseDetailPage actor={await requirePermission('shop.purchases')} id={(await params).id} />;
}

export default withPageMessages('(lojista)/lojista/compras/[id]', Page);
