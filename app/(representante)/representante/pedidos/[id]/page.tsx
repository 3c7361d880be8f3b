import { OrderDetailPage } from '@/components/orders/order-detail-page';
import { requirePermission } from '@/lib/auth/session';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function OrderPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ revisar?: string }> }) {
  await requirePermission('area.representante');
  const actor = await requirePermission('orders.read');
  return <OrderDetailPage actor={actor} id={(await params).id} area="representante" review={(await searchParams).revisar === '1'} />;
}

export default withPageMessages('(representante)/representante/pedidos/[id]', OrderPage);
