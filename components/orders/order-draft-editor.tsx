import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { ProductPhoto } from '@/components/catalog/product-photo';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { checkConditions, maxDiscountFor } from '@/lib/orders/conditions';
import { setProductLinesAction } from '@/lib/orders/actions';
import { describeProblem } from '@/lib/orders/problem-text';
import { orderProducts } from '@/lib/orders/draft';
import { draftGrids, type OrderDetail } from '@/lib/orders/queries';
import { describeOverStock, overStockLines } from '@/lib/orders/stock-check';
import { listPaymentTerms, loadConditions } from '@/lib/orders/settings';
import { routes, type OrdersArea } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { OrderGridForm } from './order-grid-form';
import { OrderTermsForm, RemoveProductForm, SubmitOrderForm } from './order-forms';
import { ORDERS_VIEW } from './orders-view';

/**
 * A draft: one editable grid per product, the terms, and what still stands between it and submission
 * (conditions and lines above the stock at the origin, read now: the same checks submission makes).
 * "Revisar e enviar" opens the review (`review`, a plain link): lines, totals, term, origin and the
 * check, then "Confirmar envio"; the confirmation is offered only when nothing stands in the way.
 */
export async function OrderDraftEditor({ actor, data, area, review = false }: { actor: Actor; data: OrderDetail; area: OrdersArea; review?: boolean }) {
  const db = getDb();
  const t = await getTranslations();
  const format = await getFormatter();
  const locale = await getLocale();
  const { order } = data;
  const productIds = [...new Set(data.lines.map((l) => l.productId))];
  const [cells, conditions, terms, facts, overStock] = await Promise.all([
    draftGrids(db, order, productIds),
    loadConditions(db),
    listPaymentTerms(db, true),
    orderProducts(db, order),
    overStockLines(db, order),
  ]);
  const quantities = new Map(data.lines.map((l) => [l.variantId, l.quantity]));
  const byProduct = productIds.map((pid) => {
    const lines = data.lines.filter((l) => l.productId === pid);
    return {
      id: pid,
      name: `${lines[0]!.productName} (${lines[0]!.reference})`,
      imageId: lines[0]!.imageId,
      category: lines[0]!.category,
      pieces: lines.reduce((s, l) => s + l.quantity, 0),
      cents: lines.reduce((s, l) => s + l.quantity * l.unitPriceCents, 0),
      unit: lines[0]!.unitPriceCents,
    };
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
  const money = (cents: number) => format.number(cents / 100, 'money');
  const pieces = data.lines.reduce((s, l) => s + l.quantity, 0);
  const blocked = problems.length > 0 || overStock.length > 0;
  const detailHref = routes.orders.detail(area, order.id);
  // The draft's version: any change remounts the submit form, so an old refusal never outlives the draft it was about.
  const version = order.updatedAt.getTime();
  const check = (
    <div className="mb-3 space-y-2 text-sm" data-testid="order-check">
      {problems.length > 0 && (
        <div data-testid="order-problems">
          <p className="font-medium text-amber-900">{t('orders.submit.missing')}</p>
          <ul className="ml-5 list-disc text-amber-900">
            {problems.map((p) => (
              <li key={JSON.stringify(p)}>{describeProblem(t as never, p, locale)}</li>
            ))}
          </ul>
        </div>
      )}
      {overStock.length > 0 && (
        <div data-testid="order-over-stock">
          <p className="font-medium text-red-800">{t('orders.submit.overStock')}</p>
          <ul className="ml-5 list-disc text-red-800">
            {describeOverStock(t as never, overStock)
              .split('; ')
              .map((line) => (
                <li key={line}>{line}</li>
              ))}
          </ul>
        </div>
      )}
      {!blocked && <p className="text-green-800">{t('orders.submit.ready')}</p>}
    </div>
  );
  const totalBeside = (
    <span className="text-sm text-stone-700 tabular-nums" data-testid="submit-total">
      {t('orders.grid.totalPieces', { n: pieces })} · <strong>{money(order.totalCents)}</strong>
    </span>
  );
  if (review) {
    return (
      <Card title={t('orders.submit.reviewTitle')}>
        <div className="space-y-4" data-testid="order-review">
          <section>
            <h3 className="text-sm font-semibold">{t('orders.submit.reviewLines')}</h3>
            <ul className="mt-1 divide-y divide-stone-100 text-sm">
              {byProduct.map((p) => (
                <li key={p.id} className="flex justify-between gap-4 py-1 tabular-nums">
                  <span>{p.name}</span>
                  <span>
                    {t('orders.grid.totalPieces', { n: p.pieces })} · {money(p.cents)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <dl className="grid grid-cols-[1fr_auto] gap-y-1 text-sm">
            <dt>{t('orders.detail.subtotal')}</dt>
            <dd className="text-right tabular-nums">{money(order.subtotalCents)}</dd>
            <dt>
              {t('orders.detail.discount')} ({(order.discountBps / 100).toLocaleString(locale)}%)
            </dt>
            <dd className="text-right tabular-nums">− {money(order.discountCents)}</dd>
            <dt className="font-semibold">{t('orders.detail.total')}</dt>
            <dd className="text-right font-semibold tabular-nums">{money(order.totalCents)}</dd>
            <dt>{t('orders.detail.paymentTerm')}</dt>
            <dd className="text-right">{data.paymentTerm?.name ?? t('orders.detail.noTerm')}</dd>
            <dt>{t('orders.detail.channel')}</dt>
            <dd className="text-right">
              {data.channel.name} ({data.channel.uf})
            </dd>
          </dl>
          {check}
          {ORDERS_VIEW[actor.role].submitHint && <p className="text-xs text-stone-600">{t('orders.submit.repHint')}</p>}
          <div className="flex flex-wrap items-center gap-4">
            {blocked ? <p className="text-sm text-stone-700">{t('orders.submit.fixFirst')}</p> : <SubmitOrderForm key={version} orderId={order.id} label={t('orders.submit.confirm')} />}
            {totalBeside}
            <ButtonLink href={detailHref} variant="secondary">
              {t('orders.submit.backToEdit')}
            </ButtonLink>
          </div>
        </div>
      </Card>
    );
  }
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
        {check}
        {ORDERS_VIEW[actor.role].submitHint && <p className="mb-3 text-xs text-stone-600">{t('orders.submit.repHint')}</p>}
        <div className="flex flex-wrap items-center gap-4">
          <ButtonLink href={routes.orders.review(area, order.id)}>{t('orders.submit.review')}</ButtonLink>
          {totalBeside}
        </div>
      </Card>
    </>
  );
}
