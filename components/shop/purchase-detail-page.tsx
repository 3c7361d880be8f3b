import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { DetailHeader } from '@/components/ui/detail-header';
import { Notice } from '@/components/ui/notice';
import { getDb } from '@/db/client';
import { formatDocument } from '@/lib/crm/document';
import { routes } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { cancelPurchaseAction, receivePurchaseAction } from '@/lib/shop/actions';
import { purchaseRequestDetail } from '@/lib/shop/purchase-queries';
import { PurchaseSendForm } from './purchase-send-form';

const TONES = { open: 'amber', sent: 'brand', received: 'green', cancelled: 'neutral' } as const;

/** One purchase request: open → review and send (or cancel); sent → receive into stock (or, for the brand, its draft order). */
export async function PurchaseDetailPage({ actor, id }: { actor: Actor; id: string }) {
  const detail = await purchaseRequestDetail(getDb(), actor, id);
  if (!detail) notFound();
  const t = await getTranslations('shop.purchases');
  const tb = await getTranslations('shop.bills');
  const format = await getFormatter();
  const { request, supplier } = detail;
  return (
    <>
      <DetailHeader
        backHref={routes.shop.purchases()}
        backLabel={t('title')}
        title={t('numberN', { number: request.number })}
        status={<Badge tone={TONES[request.status]}>{t(`statuses.${request.status}`)}</Badge>}
        statusTestId="purchase-status"
      />
      <p className="mb-4 text-sm text-stone-700">
        {t('supplier')}: <strong>{supplier ? supplier.name : t('brand')}</strong>
        {supplier && ` · ${formatDocument(supplier.cnpj)} · ${supplier.email}`}
      </p>
      {request.status === 'sent' && request.sentAt && (
        <Notice tone="success" className="mb-4">
          {supplier ? t('sentAt', { date: format.dateTime(request.sentAt, 'short'), email: supplier.email }) : t('sentBrand', { date: format.dateTime(request.sentAt, 'short') })}{' '}
          {request.orderId && (
            <Link className="underline" href={routes.orders.detail('lojista', request.orderId)}>
              {t('openOrder')}
            </Link>
          )}
        </Notice>
      )}
      {request.status === 'received' && request.receivedAt && (
        <Notice tone="success" className="mb-4">
          {t('receivedAt', { date: format.dateTime(request.receivedAt, 'short') })}{' '}
          <Link className="underline" href={routes.shop.bills({ compra: request.id })}>
            {tb('createFromPurchase')}
          </Link>
        </Notice>
      )}
      <Card>
        {request.status === 'open' ? (
          <div className="space-y-6">
            <PurchaseSendForm requestId={request.id} lines={detail.lines} toBrand={!supplier} />
            <InlineActionForm action={cancelPurchaseAction} submitLabel={t('cancel')} label={t('cancel')} variant="danger">
              <input type="hidden" name="requestId" value={request.id} />
            </InlineActionForm>
          </div>
        ) : (
          <div className="space-y-4">
            <ul className="divide-y divide-stone-100 text-sm" data-testid="purchase-lines">
              {detail.lines.map((l) => (
                <li key={l.variantId} className="flex justify-between gap-2 py-2">
                  <span>
                    <span className="font-mono text-xs">{l.sku}</span> {l.description}
                  </span>
                  <span className="tabular-nums">{l.quantity}</span>
                </li>
              ))}
            </ul>
            {request.notes && <p className="text-sm text-stone-700">{`${t('notes')}: ${request.notes}`}</p>}
            {request.status === 'sent' && supplier && (
              <InlineActionForm action={receivePurchaseAction} submitLabel={t('receive')} label={t('receive')} variant="primary">
                <input type="hidden" name="requestId" value={request.id} />
              </InlineActionForm>
            )}
          </div>
        )}
      </Card>
    </>
  );
}
