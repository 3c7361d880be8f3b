import { OrderDetailPage } from '@/components/orders/order-detail-page';
import { requirePermission } from '@/lib/auth/session';

export default async function OrderPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ revisar?: string }> }) {
  await requirePermission('area.representante');
  const actor = await requirePermission('orders.read');
  return <OrderDetailPage actor={actor} id={(await params).id} area="representante" review={(await searchParams).revisar === '1'} />;
}
