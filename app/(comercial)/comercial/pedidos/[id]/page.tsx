import { OrderDetailPage } from '@/components/orders/order-detail-page';
import { requirePermission } from '@/lib/auth/session';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('area.comercial');
  const actor = await requirePermission('orders.read');
  return <OrderDetailPage actor={actor} id={(await params).id} area="comercial" />;
}

export default withPageMessages('(comercial)/comercial/pedidos/[id]', OrderPage);
