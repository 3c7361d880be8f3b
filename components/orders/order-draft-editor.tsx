import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { ProductPhoto } from '@/components/catalog/product-photo';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { checkConditions, maxDiscountFor } from '@/lib/orders/conditions';
import { setProductLinesAction } from '@/lib/orders/actions';
import { describeProblem } from '@/lib/orders/problem-text';
import { orderProducts } from '@/lib/orders/draft';
import { draftGrids, type OrderDetail } from '@/lib/orders/queries';
import { listPaymentTerms, loadConditions } from '@/lib/orders/settings';
import type { OrdersArea } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { OrderGridForm } from './order-grid-form';
import { OrderTermsForm, RemoveProductForm, SubmitOrderForm } from './order-forms';
import { ORDERS_VIEW } from './orders-view';

/** A draft: one editable grid per product, the terms, and what still stands between it and submission. */
export async function OrderDraftEditor({ actor, data, area }: { actor: Actor; data: OrderDetail; area: OrdersArea }) {
  const db = getDb();
  const t = await getTranslations();
  const format = await getFormatter();
  const locale = await getLocale();
  const { order } = data;
  const productIds = [...new Set(data.lines.map((l) => l.productId))];
  const [cells, conditions, terms, facts] = await Promise.all([draftGrids(db, order, productIds), loadConditions(db), listPaymentTerms(db, true), orderProducts(db, order)]);
  const quantities = new Map(data.lines.map((l) => [l.variantId, l.quantity]));
  const byProduct = productIds.map((pid) => {
    const lines = data.lines.filter((l) => l.productId === pid);
    return { id: pid, name: `${lines[0]!.productName} (${lines[0]!.reference})`, imageId: lines[0]!.imageId, category: lines[0]!.category, pieces: lines.reduce((s, l) => s + l.quantity, 0), cents: lines.reduce((s, l) => s + l.quantity * l.unitPriceCents, 0), unit: lines[0]!.unitPriceCents };
  });
  const problems = checkConditions(
    {
      uf: data.customer.uf,
      role: actor.role,
      discountBps: order.discountBps,
      paymentTermId: order.paymentTermId,
      totals: { subtotalCents: order.subtotalCents, discountCents: order.discountCents, totalCents: order.totalCents },
      products: facts,
    },
    conditions,
  );
  return (
    <>
      <p className="text-sm text-stone-600">{t('orders.detail.draftHint')}</p>
      {byProduct.length === 0 && <p className="rounded-md border border-dashed border-stone-300 bg-white p-6 text-center text-sm text-stone-600">{t('orders.detail.empty')}</p>}
      {byProduct.map((p) => (
        <Card
          key={p.id}
          title={
            <span className="flex items-center gap-3">
              <ProductPhoto imageId={p.imageId} alt="" category={p.category} size="thumb" />
              {p.name}
            </span>
          }
          action={
            <span className="text-sm text-stone-600 tabular-nums">
              {t('orders.grid.totalPieces', { n: p.pieces })} × {format.number(p.unit / 100, 'money')} = <strong>{format.number(p.cents / 100, 'money')}</strong>
            </span>
          }
        >
          <OrderGridForm
            action={setProductLinesAction}
            productId={p.id}
            orderId={order.id}
            mode="set"
            area={area}
            cells={cells.filter((c) => c.productId === p.id).map((c) => ({ ...c, quantity: quantities.get(c.variantId) }))}
          />
          <div className="mt-2 flex justify-end">
            <RemoveProductForm orderId={order.id} productId={p.id} />
          </div>
        </Card>
      ))}
      <Card title={t('orders.terms.title')}>
        <OrderTermsForm
          orderId={order.id}
          terms={terms.map((x) => ({ value: x.id, label: x.name }))}
          paymentTermId={order.paymentTermId ?? ''}
          discount={order.discountBps ? String(order.discountBps / 100).replace('.', ',') : ''}
          notes={order.notes ?? ''}
          maxDiscount={maxDiscountFor(actor.role, conditions) / 100}
        />
      </Card>
      <Card title={t('orders.submit.title')}>
        {problems.length ? (
          <div className="mb-3 text-sm" data-testid="order-problems">
            <p className="font-medium text-amber-900">{t('orders.submit.missing')}</p>
            <ul className="ml-5 list-disc text-amber-900">
              {problems.map((p) => (
                <li key={JSON.stringify(p)}>{describeProblem(t as never, p, locale)}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="mb-3 text-sm text-green-800">{t('orders.submit.ready')}</p>
        )}
        {ORDERS_VIEW[actor.role].submitHint && <p className="mb-3 text-xs text-stone-600">{t('orders.submit.repHint')}</p>}
        <SubmitOrderForm orderId={order.id} label={t('orders.submit.button')} />
      </Card>
    </>
  );
}
