import type { Role } from '@/lib/auth/roles';
import type { Totals } from '@/lib/orders/conditions';
import { nextOrderStatus, type OrderStatus } from '@/lib/orders/transitions';
import type { CopyValue } from './copy';
import { statusAfter, type OrderEvent } from './order-plan';

export type SeedLine = { id: string; productId: string; productIndex: number; variantId: string; quantity: number; unitPriceCents: number };

/** An order in memory, between its generation and its rows. `events` is null for a draft. */
export type SeedOrder = {
  id: string;
  number: number;
  customerId: string;
  channelId: string;
  listId: string;
  createdAt: number;
  createdBy: { userId: string; role: Role };
  paymentTermId: string | null;
  discountBps: number;
  notes: string | null;
  lines: SeedLine[];
  totals: Totals;
  events: OrderEvent[] | null;
};

// prettier-ignore
export const ORDER_COLUMNS = [
  'id', 'number', 'customer_id', 'channel_id', 'status', 'price_list_id', 'payment_term_id', 'discount_bps', 'subtotal_cents', 'discount_cents', 'total_cents',
  'notes', 'created_by_id', 'submitted_by_id', 'submitted_at', 'approved_by_id', 'approved_at', 'hold_reason', 'rejection_reason', 'cancel_reason',
  'invoice_number', 'tracking_code', 'invoiced_at', 'shipped_at', 'delivered_at', 'cancelled_at', 'created_at', 'updated_at',
] as const;
export const LINE_COLUMNS = ['id', 'order_id', 'product_id', 'variant_id', 'quantity', 'unit_price_cents'] as const;
export const AUDIT_COLUMNS = ['at', 'actor_id', 'actor_role', 'action', 'entity', 'entity_id', 'before', 'after'] as const;

const date = (ms: number | undefined) => (ms === undefined ? null : new Date(ms));

/** The order's state and the columns each move of lifecycle.ts leaves behind. */
export function orderState(o: SeedOrder) {
  const events = o.events ?? [];
  const last = <A extends OrderEvent['action']>(...actions: A[]) => [...events].reverse().find((e) => (actions as string[]).includes(e.action));
  const submit = last('submit');
  const approval = last('approve', 'hold');
  const hold = last('hold');
  const released = hold && events.some((e) => e.action === 'release' && e.at >= hold.at);
  const end = last('cancel', 'withdraw');
  return {
    status: statusAfter(events) as OrderStatus,
    submit,
    approval,
    holdReason: hold && !released ? hold.holdReason! : null,
    rejection: last('reject')?.note ?? null,
    end,
    invoice: last('invoice'),
    ship: last('ship'),
    deliver: last('deliver'),
    updatedAt: events.length ? events[events.length - 1]!.at : o.createdAt,
  };
}

export function orderRow(o: SeedOrder): CopyValue[] {
  const s = orderState(o);
  return [
    o.id,
    o.number,
    o.customerId,
    o.channelId,
    s.status,
    o.listId,
    o.paymentTermId,
    o.discountBps,
    o.totals.subtotalCents,
    o.totals.discountCents,
    o.totals.totalCents,
    o.notes,
    o.createdBy.userId,
    s.submit?.actorId ?? null,
    date(s.submit?.at),
    s.approval?.actorId ?? null,
    date(s.approval?.at),
    s.holdReason,
    s.rejection,
    s.end?.note ?? null,
    s.invoice?.invoiceNumber ?? null,
    s.ship?.trackingCode ?? null,
    date(s.invoice?.at),
    date(s.ship?.at),
    date(s.deliver?.at),
    date(s.end?.at),
    new Date(o.createdAt),
    new Date(s.updatedAt),
  ];
}

export function* lineRows(o: SeedOrder): Generator<CopyValue[]> {
  for (const l of o.lines) yield [l.id, o.id, l.productId, l.variantId, l.quantity, l.unitPriceCents];
}

/** The audit rows `transition` writes for each move (what the order's timeline shows). */
export function* auditRows(o: SeedOrder): Generator<CopyValue[]> {
  let status: OrderStatus = 'draft';
  for (const e of o.events ?? []) {
    const to: OrderStatus = nextOrderStatus(status, e.action)!;
    const after = {
      status: to,
      ...(e.note ? { note: e.note } : {}),
      ...(e.trackingCode ? { trackingCode: e.trackingCode } : {}),
      ...(e.invoiceNumber ? { invoiceNumber: e.invoiceNumber } : {}),
      ...(e.holdReason ? { holdReason: e.holdReason } : {}),
    };
    yield [new Date(e.at), e.actorId, e.role, `orders.${e.action}`, 'order', o.id, { status }, after];
    status = to;
  }
}
