import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { ReturnStatus } from '@/lib/returns/transitions';

const TONE: Record<ReturnStatus, 'neutral' | 'green' | 'red' | 'amber' | 'brand'> = {
  requested: 'amber',
  authorised: 'brand',
  refused: 'red',
  received: 'brand',
  inspected: 'brand',
  routed: 'brand',
  closed: 'green',
};

export async function ReturnStatusBadge({ status }: { status: ReturnStatus }) {
  const t = await getTranslations('returns.statuses');
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
