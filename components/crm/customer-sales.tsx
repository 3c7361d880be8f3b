import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { OrderStatusBadge } from '@/components/orders/order-status-badge';
import type { CustomerOrderSummary } from '@/lib/crm/order-summary';
import { routes, type CustomersArea } from '@/lib/routes';

/** A customer's sales history: last purchase, average ticket, open amount and (for who sees credit) credit left, then its last orders. */
export async function CustomerSales({ summary: s, customerId, area, showCredit }: { summary: CustomerOrderSummary; customerId: string; area: CustomersArea; showCredit: boolean }) {
  const t = await getTranslations('customers.sales');
  const format = await getFormatter();
  const money = (cents: number) => format.number(cents / 100, 'money');
  return (
    <div className="space-y-5 text-sm">
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2" data-testid="customer-sales">
        <dt className="text-stone-600">{t('lastPurchase')}</dt>
        <dd>
          {s.lastPurchaseAt && s.daysSinceLastPurchase !== null ? (
            <>
              {format.dateTime(s.lastPurchaseAt, 'date')} <span className="text-stone-500">({t('daysSince', { days: s.daysSinceLastPurchase })})</span>
            </>
          ) : (
            t('noPurchase')
          )}
        </dd>
        <dt className="text-stone-600">{t('averageTicket')}</dt>
        <dd className="tabular-nums">
          {s.averageTicketCents === null ? '—' : money(s.averageTicketCents)}
          {s.orderCount > 0 && <span className="block text-xs text-stone-500">{t('averageTicketHint', { count: s.orderCount })}</span>}
        </dd>
        <dt className="text-stone-600">{t('openAmount')}</dt>
        <dd className="tabular-nums">{money(s.openCents)}</dd>
        {showCredit && (
          <>
            <dt className="text-stone-600">{t('creditAvailable')}</dt>
            <dd className={`tabular-nums ${s.creditAvailableCents < 0 ? 'text-red-700' : ''}`}>{money(s.creditAvailableCents)}</dd>
          </>
        )}
      </dl>
      <div>
        <h3 className="mb-2 font-medium">{t('lastOrders')}</h3>
        {s.recent.length === 0 ? (
          <p className="text-stone-600">{t('noOrders')}</p>
        ) : (
          <ul className="divide-y divide-stone-100">
            {s.recent.map((o) => (
              <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link href={routes.orders.detail(area, o.id)} className="font-medium text-brand-800 underline">
                  {t('orderNumber', { number: o.number })}
                </Link>
                <span className="text-stone-500">{o.submittedAt ? format.dateTime(o.submittedAt, 'date') : '—'}</span>
                <OrderStatusBadge status={o.status} />
                <span className="tabular-nums">{money(o.totalCents)}</span>
              </li>
            ))}
          </ul>
        )}
        <Link href={routes.orders.list(area, { customer: customerId })} className="mt-2 inline-block text-brand-800 underline">
          {t('allOrders')}
        </Link>
      </div>
    </div>
  );
}
