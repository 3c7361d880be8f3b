import { OrderDetailPage } from '@/components/orders/order-detail-page';
import { requirePermission } from '@/lib/auth/session';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function OrderPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ revisar?: string }> }) {
  await requirePermission('area.lojista');
  const actor = await requirePermission('orders.read');
  return <OrderDetailPage actor={actor} id={(await params).id} area="lojista" review={(await searchParams).revisar === '1'} />;
}

export default withPageMessages('(lojista)/lojista/pedidos/[id]', OrderPage);
