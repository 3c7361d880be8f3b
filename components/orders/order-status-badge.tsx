import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { OrderStatus } from '@/lib/orders/transitions';

const TONE: Record<OrderStatus, 'neutral' | 'green' | 'red' | 'amber' | 'brand'> = {
  draft: 'neutral',
  submitted: 'amber',
  financial_hold: 'red',
  approved: 'green',
  rejected: 'red',
  invoiced: 'brand',
  shipped: 'brand',
  delivered: 'green',
  cancelled: 'neutral',
};

export async function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const t = await getTranslations('orders.statuses');
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
