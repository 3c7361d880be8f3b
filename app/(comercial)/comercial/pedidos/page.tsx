import { OrdersIndex } from '@/components/orders/orders-index';
import { requirePermission } from '@/lib/auth/session';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function OrdersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('area.comercial');
  const actor = await requirePermission('orders.read');
  return <OrdersIndex actor={actor} area="comercial" searchParams={await searchParams} />;
}

export default withPageMessages('(comercial)/comercial/pedidos', OrdersPage);
