import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { orders, paymentTerms, productVariants } from '../schema';
import { chooseOrigin, serveCustomer } from '@/lib/catalog/storefront-use-cases';
import { addPaymentTerm, saveOrderSettings } from '@/lib/orders/condition-use-cases';
import { approveOrder, cancelOrder, deliverOrder, invoiceOrder, rejectOrder, shipOrder } from '@/lib/orders/lifecycle-use-cases';
import { addToOrder, submitOrder, updateOrderTerms } from '@/lib/orders/use-cases';
import type { OrderStatus } from '@/lib/orders/transitions';
import type { Actor } from '@/lib/server/context';
import { runUseCase } from '@/lib/server/use-case';
import { must, shopLogin, staffActor } from './staff';

/** Builders for order tests: the commercial conditions, and an order driven through the use cases to a state. */

/**
 * The commercial conditions, through the conditions screen's use cases: a minimum order (none by
 * default), discount ceilings per role as in the demo, and one payment term.
 */
export async function makeOrderConditions(db: Db, input: { minOrderCents?: number } = {}) {
  const admin = await staffActor(db, 'admin');
  must(
    'orders.settings',
    await runUseCase({ db, actor: admin }, saveOrderSettings, {
      minOrder: ((input.minOrderCents ?? 0) / 100).toFixed(2).replace('.', ','),
      quantityMultiple: '1',
      maxDiscount: { lojista: '0', representante: '10', comercial: '20', admin: '30' },
    }),
  );
  const { id: termId } = must('orders.payment_term_add', await runUseCase({ db, actor: admin }, addPaymentTerm, { name: '30/60 dias', days: '30/60' }));
  return { termId };
}

export type OrderFixtureState = Extract<OrderStatus, 'draft' | 'submitted' | 'financial_hold' | 'approved' | 'rejected' | 'invoiced' | 'shipped' | 'delivered' | 'cancelled'>;

/** The steps after submission that lead to each state, taken by back-office actors. */
const PATH: Record<OrderFixtureState, ('approve' | 'invoice' | 'ship' | 'deliver' | 'cancel' | 'reject')[]> = {
  draft: [],
  submitted: [],
  financial_hold: ['approve'],
  approved: ['approve'],
  rejected: ['reject'],
  invoiced: ['approve', 'invoice'],
  shipped: ['approve', 'invoice', 'ship'],
  delivered: ['approve', 'invoice', 'ship', 'deliver'],
  cancelled: ['cancel'],
};

/**
 * An order of `customer` shipping from `channel`, with `lines`, driven by the real use cases to
 * `state` (default submitted): the shop (or `by`, a representative serving the customer) picks the
 * origin, adds the lines, sets the payment term and submits; comercial approves, invoices, ships and
 * delivers; finance cancels. The customer must be priced in the channel (see pricing-fixtures) and,
 * from approval on, the channel must hold the stock and the customer the credit (a 'financial_hold'
 * needs the customer blocked or short of credit). Conditions must exist (makeOrderConditions).
 */
export async function makeOrder(
  db: Db,
  input: {
    customer: { id: string };
    channel: { id: string };
    lines: { variantId: string; quantity: number }[];
    state?: OrderFixtureState;
    by?: Actor;
    paymentTermId?: string;
  },
) {
  const state = input.state ?? 'submitted';
  const who = input.by ?? (await shopLogin(db, input.customer.id));
  const as = (actor: Actor) => ({ db, actor });
  must('storefront.origin', await runUseCase(as(who), chooseOrigin, { channelId: input.channel.id }));
  if (who.role === 'representante') must('storefront.serve', await runUseCase(as(who), serveCustomer, { customerId: input.customer.id }));

  const variants = await db
    .select({ id: productVariants.id, productId: productVariants.productId })
    .from(productVariants)
    .where(inArray(productVariants.id, input.lines.map((l) => l.variantId)));
  const productOf = new Map(variants.map((v) => [v.id, v.productId]));
  const byProduct = new Map<string, { variantId: string; quantity: string }[]>();
  for (const line of input.lines) {
    const productId = productOf.get(line.variantId);
    if (!productId) throw new Error(`fixture: variant ${line.variantId} not found`);
    byProduct.set(productId, [...(byProduct.get(productId) ?? []), { variantId: line.variantId, quantity: String(line.quantity) }]);
  }
  let orderId = '';
  for (const [productId, lines] of byProduct) orderId = must('orders.add', await runUseCase(as(who), addToOrder, { productId, lines })).orderId;
  if (!orderId) throw new Error('fixture: an order needs at least one line');

  const paymentTermId = input.paymentTermId ?? (await db.select({ id: paymentTerms.id }).from(paymentTerms).where(eq(paymentTerms.active, true)).orderBy(asc(paymentTerms.position)).limit(1))[0]?.id;
  if (!paymentTermId) throw new Error('fixture: no payment term; call makeOrderConditions first');
  must('orders.terms', await runUseCase(as(who), updateOrderTerms, { orderId, paymentTermId, discount: '', notes: '' }));

  if (state !== 'draft') {
    must('orders.submit', await runUseCase(as(who), submitOrder, { orderId }));
    const comercial = await staffActor(db, 'comercial');
    // A representative's submission is its approval: the order starts past 'submitted'.
    const [submitted] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId));
    const path = submitted!.status === 'approved' ? PATH[state].filter((s) => s !== 'approve') : PATH[state];
    for (const step of path) {
      if (step === 'approve') must('orders.approve', await runUseCase(as(comercial), approveOrder, { orderId }));
      if (step === 'reject') must('orders.reject', await runUseCase(as(comercial), rejectOrder, { orderId, reason: 'Recusado no teste' }));
      if (step === 'invoice') must('orders.invoice', await runUseCase(as(comercial), invoiceOrder, { orderId, invoiceNumber: `NF ${orderId.slice(0, 8)}` }));
      if (step === 'ship') must('orders.ship', await runUseCase(as(comercial), shipOrder, { orderId, trackingCode: `BR${orderId.slice(0, 8)}` }));
      if (step === 'deliver') must('orders.deliver', await runUseCase(as(comercial), deliverOrder, { orderId }));
      if (step === 'cancel') must('orders.cancel', await runUseCase(as(await staffActor(db, 'financeiro')), cancelOrder, { orderId, reason: 'Cancelado no teste' }));
    }
  }
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
  if (order!.status !== state) throw new Error(`fixture: order reached '${order!.status}', not '${state}' (stock, credit or a blocked customer?)`);
  return order!;
}
