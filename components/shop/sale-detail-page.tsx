import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { DetailHeader } from '@/components/ui/detail-header';
import { Notice } from '@/components/ui/notice';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { routes, type ShopArea } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { saleDetail } from '@/lib/shop/sale-queries';
import { Receipt } from './receipt';
import { VoidSaleForm } from './void-sale-form';
import { EmailReceiptForm } from './email-receipt-form';

/** One sale: its receipt, the links to print it, and (for the owner) voiding it with a reason. */
export async function SaleDetailPage({ actor, area, id }: { actor: Actor; area: ShopArea; id: string }) {
  const sale = await saleDetail(getDb(), actor, id);
  if (!sale) notFound();
  const t = await getTranslations('shop');
  const format = await getFormatter();
  const s = sale.sale;
  return (
    <>
      <DetailHeader
        backHref={routes.shop.sales(area)}
        backLabel={t('sales.title')}
        title={t('sales.saleN', { number: s.number })}
        status={<Badge tone={s.status === 'completed' ? 'green' : 'red'}>{t(`sales.statuses.${s.status}`)}</Badge>}
        statusTestId="sale-status"
        actions={
          <>
            <ButtonLink variant="secondary" href={routes.shop.receipt(area, s.id, '80mm')}>{t('pos.receipt80')}</ButtonLink>
            <ButtonLink variant="secondary" href={routes.shop.receipt(area, s.id, 'a4')}>{t('pos.receiptA4')}</ButtonLink>
          </>
        }
      />
      {s.status === 'voided' && s.voidedAt && (
        <Notice tone="danger" className="mb-4">
          {t('sales.voidedBy', { name: sale.voidedBy ?? '—', date: format.dateTime(s.voidedAt, 'short'), reason: s.voidReason ?? '' })}
        </Notice>
      )}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Card>
          <Receipt sale={sale} narrow={false} />
        </Card>
        <div className="space-y-6">
          <Card title={t('receipt.email')}>
            <EmailReceiptForm saleId={s.id} email={sale.consumer?.email ?? ''} />
          </Card>
          {s.status === 'completed' && can(actor.role, 'pos.void') && (
            <Card title={t('sales.voidTitle')}>
              <VoidSaleForm saleId={s.id} />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
