import { SaleDetailPage } from '@/components/shop/sale-detail-page';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { requirePermission } from '@/lib/auth/session';

async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('area.usuario');
  return <SaleDetailPage actor={await requirePermission('pos.sell')} area="usuario" id={(await params).id} />;
}

export default withPageMessages('(usuario)/usuario/vendas/[id]', Page);
