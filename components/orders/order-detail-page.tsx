import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ButtonLink } from '@/components/ui/button';
import { DetailHeader } from '@/components/ui/detail-header';
import { Notice } from '@/components/ui/notice';
import { PrintButton } from '@/components/ui/print-button';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { getOrder, type OrderDetail } from '@/lib/orders/queries';
import { installments } from '@/lib/orders/conditions';
import { exceedsCredit } from '@/lib/orders/credit';
import { ADJUSTABLE_STATUSES, orderMachine, type OrderStatus } from '@/lib/orders/transitions';
import { CUSTOMERS_AREAS, hasScreen, RETURNS_AREAS, routes, type OrdersArea, type ReturnsArea } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { orNotFound } from '@/lib/server/not-found';
import { OrderDraftEditor } from './order-draft-editor';
import { OrderActionForms, type PersonAction } from './order-forms';
import { OrderAdjustPanel } from './order-adjust-panel';
import { OrderLinesTable } from './order-lines-table/order-lines-table';
import { OrderStatusBadge } from './order-status-badge';
import { OrderTimeline } from './order-timeline';
import { ORDERS_VIEW } from './orders-view';
import { ReorderForm } from './reorder-form';
import { BlockedCustomerNotice } from '@/components/crm/blocked-customer-notice';

/** Orders whose credit check is still ahead (or, on hold, under way): the page warns when they pass the limit. */
const CREDIT_STILL_CHECKED: OrderStatus[] = ['draft', 'submitted', 'financial_hold'];

/** One order: a draft to edit and submit, or its state, lines, the steps the actor may take, and its timeline. */
export async function OrderDetailPage({ actor, id, area, review = false }: { actor: Actor; id: string; area: OrdersArea; review?: boolean }) {
  const db = getDb();
  const data = await orNotFound(getOrder(db, actor, id));
  const t = await getTranslations('orders');
  const format = await getFormatter();
  const { order, customer } = data;
  const money = (cents: number) => format.number(cents / 100, 'money');
  const isDraft = order.status === 'draft';
  const editable = isDraft && can(actor.role, 'orders.place');
  const actions = orderMachine.allowed(actor.role, order.status).filter((a): a is PersonAction => a !== 'hold' && a !== 'submit');
  const { shop } = ORDERS_VIEW[actor.role];
  // Finance has no returns screen: its order page names the returns without linking them.
  const returnsArea = hasScreen(RETURNS_AREAS, area) ? area : null;
  // A shop has no customers screen: its order names itself without a link.
  const customerHref = hasScreen(CUSTOMERS_AREAS, area) ? routes.customers.detail(area, customer.id) : null;
  return (
    <>
      <DetailHeader
        backHref={routes.orders.list(area)}
        backLabel={t('detail.back')}
        title={t('detail.title', { number: order.number })}
        status={<OrderStatusBadge status={order.status} />}
        statusTestId="order-status"
        actions={
          isDraft ? undefined : (
            <>
              {can(actor.role, 'orders.place') && <ReorderForm orderId={order.id} area={area} />}
              <PrintButton label={t('detail.print')} />
            </>
          )
        }
      />
      <div className="mb-6 space-y-2 empty:hidden">
        <BlockedCustomerNotice customer={customer} shop={shop} />
        {order.status === 'financial_hold' && order.holdReason && <Notice tone="warning">{t('detail.holdBanner', { reason: t(`holdReasons.${order.holdReason}`) })}</Notice>}
        {order.status === 'rejected' && <Notice tone="danger">{t('detail.rejected', { reason: order.rejectionReason ?? '—' })}</Notice>}
        {order.status === 'cancelled' && <Notice tone="neutral">{t('detail.cancelled', { reason: order.cancelReason ?? '—' })}</Notice>}
      </div>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          {editable ? <OrderDraftEditor actor={actor} data={data} area={area} review={review} /> : <OrderLinesCard actor={actor} data={data} />}
          <Card>
            <dl className="grid grid-cols-[1fr_auto] gap-y-1 text-sm" data-testid="order-totals">
              <dt>{t('detail.subtotal')}</dt>
              <dd className="text-right tabular-nums">{money(order.subtotalCents)}</dd>
              <dt>
                {t('detail.discount')} ({(order.discountBps / 100).toLocaleString('pt-BR')}%)
              </dt>
              <dd className="text-right tabular-nums">− {money(order.discountCents)}</dd>
              <dt className="text-base font-semibold">{t('detail.total')}</dt>
              <dd className="text-right text-base font-semibold tabular-nums" data-testid="order-total">
                {money(order.totalCents)}
              </dd>
            </dl>
          </Card>
        </div>
        <div className="space-y-6">
          <Card>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-stone-600">{t('detail.customer')}</dt>
              <dd>
                {customerHref ? (
                  <Link href={customerHref} className="text-brand-800 underline">
                    {customer.name}
                  </Link>
                ) : (
                  customer.name
                )}{' '}
                ({customer.uf})
              </dd>
              <dt className="text-stone-600">{t('detail.representative')}</dt>
              <dd>{data.representativeName ?? '—'}</dd>
              <dt className="text-stone-600">{t('detail.channel')}</dt>
              <dd>
                {data.channel.name} ({data.channel.uf})
              </dd>
              <dt className="text-stone-600">{t('detail.paymentTerm')}</dt>
              <dd>
                {data.paymentTerm?.name ?? t('detail.noTerm')}
                {data.paymentTerm && (
                  <ol className="mt-1 space-y-0.5 text-xs text-stone-600" data-testid="installments">
                    {installments(order.totalCents, data.paymentTerm.days, order.invoicedAt).map((p, i) => (
                      <li key={i} className="tabular-nums">
                        {p.dueAt ? t('detail.installmentDue', { n: i + 1, amount: money(p.amountCents), date: format.dateTime(p.dueAt, 'date') }) : t('detail.installment', { n: i + 1, amount: money(p.amountCents), days: p.days })}
                      </li>
                    ))}
                  </ol>
                )}
              </dd>
              {!shop && (
                <>
                  <dt className="text-stone-600">{t('detail.credit')}</dt>
                  <dd className="tabular-nums">{money(customer.creditLimitCents)}</dd>
                  <dt className="text-stone-600">{t('detail.openOrders')}</dt>
                  <dd className="tabular-nums">{money(data.openOtherCents)}</dd>
                  <dt className="text-stone-600">{t('detail.creditAvailable')}</dt>
                  <dd className="tabular-nums" data-testid="credit-available">
                    {money(customer.creditLimitCents - data.openOtherCents)}
                    {CREDIT_STILL_CHECKED.includes(order.status) && exceedsCredit(data.openOtherCents, order.totalCents, customer.creditLimitCents) && (
                      <span className="block text-xs text-red-700">{t('detail.overLimit', { amount: money(data.openOtherCents + order.totalCents - customer.creditLimitCents) })}</span>
                    )}
                  </dd>
                </>
              )}
              {order.invoiceNumber && (
                <>
                  <dt className="text-stone-600">{t('actions.invoiceNumber')}</dt>
                  <dd>{order.invoiceNumber}</dd>
                </>
              )}
              {order.trackingCode && (
                <>
                  <dt className="text-stone-600">{t('actions.trackingCode')}</dt>
                  <dd className="font-mono">{order.trackingCode}</dd>
                </>
              )}
              {order.notes && (
                <>
                  <dt className="text-stone-600">{t('detail.notes')}</dt>
                  <dd>{order.notes}</dd>
                </>
              )}
            </dl>
          </Card>
          {!isDraft && (
            <Card title={t('actions.title')} className="print:hidden">
              <OrderActionForms orderId={order.id} actions={actions} />
            </Card>
          )}
          {(order.status === 'delivered' || data.returns.length > 0) && (
            <Card
              title={t('detail.returns')}
              action={order.status === 'delivered' && can(actor.role, 'returns.open') ? <ButtonLink href={routes.returns.new(order.id)}>{t('detail.newReturn')}</ButtonLink> : undefined}
            >
              <ReturnLinks returns={data.returns} area={returnsArea} />
            </Card>
          )}
          <Card title={t('detail.timeline')} className="print:hidden">
            <OrderTimeline events={data.timeline} />
          </Card>
        </div>
      </div>
    </>
  );
}

/**
 * A submitted order's pieces. While it waits for approval, whoever may adjust it (its customer's
 * representative, the commercial team: the page is already in the actor's scope) gets "Ajustar quantidades".
 */
async function OrderLinesCard({ actor, data }: { actor: Actor; data: OrderDetail }) {
  const t = await getTranslations('orders');
  const table = <OrderLinesTable lines={data.lines} />;
  if (!can(actor.role, 'orders.adjust') || !ADJUSTABLE_STATUSES.includes(data.order.status)) return <Card title={t('detail.pieces')}>{table}</Card>;
  // Only what the grids need goes to the browser.
  const lines = data.lines.map(({ variantId, productId, productName, reference, colorName, colorHex, size, quantity, unitPriceCents, available }) => ({
    variantId,
    productId,
    productName,
    reference,
    colorName,
    colorHex,
    size,
    quantity,
    unitPriceCents,
    available,
  }));
  return <OrderAdjustPanel orderId={data.order.id} lines={lines} discountBps={data.order.discountBps} table={table} />;
}

async function ReturnLinks({ returns, area }: { returns: { id: string; number: number; status: string }[]; area: ReturnsArea | null }) {
  const t = await getTranslations('returns');
  if (!returns.length) return null;
  return (
    <ul className="space-y-1 text-sm">
      {returns.map((r) => (
        <li key={r.id}>
          {area ? (
            <Link href={routes.returns.detail(area, r.id)} className="text-brand-800 hover:underline">
              {t('detail.title', { number: r.number })}
            </Link>
          ) : (
            t('detail.title', { number: r.number })
          )}{' '}
          · {t(`statuses.${r.status}` as 'statuses.requested')}
        </li>
      ))}
    </ul>
  );
}
