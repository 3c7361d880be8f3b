import { getTranslations } from 'next-intl/server';
import { Notice } from '@/components/ui/notice';

/** The banner of a customer blocked by finance: in the shop's own words for the shop, a short note for staff. Nothing when active. */
export async function BlockedCustomerNotice({ customer, shop, className }: { customer: { status: 'active' | 'blocked'; blockedReason: string | null }; shop: boolean; className?: string }) {
  if (customer.status !== 'blocked') return null;
  const t = await getTranslations('orders.detail');
  const reason = customer.blockedReason ?? '—';
  return (
    <Notice tone="danger" role="alert" testId="blocked-banner" className={className}>
      {shop ? t('blockedBanner', { reason }) : t('blockedBannerStaff', { reason })}
    </Notice>
  );
}
