import { sql } from 'drizzle-orm';
import type { Role } from '@/lib/auth/roles';
import { lineCreditCents, netLineCents, netUnitCents } from '@/lib/orders/conditions';
import { defaultDestination, isCredited, nextReturnStatus, type ReturnAction, type ReturnDestination, type ReturnOutcome, type ReturnReason, type ReturnStatus } from '@/lib/returns/transitions';
import { END, type Seeded, type Staff } from './context';
import { copyRows, type CopyValue } from './copy';
import { AUDIT_COLUMNS, orderState, type SeedOrder } from './order-rows';
import { DAY, HOUR, type Random } from './random';

const RETURN_SHARE = 0.07;
const REASONS: ReturnReason[] = ['size', 'size', 'size', 'defect', 'defect', 'defect', 'transport_damage', 'other', 'other'];
const DESCRIPTIONS: Record<ReturnReason, string> = {
  size: 'Grade não serviu para o público da loja.',
  defect: 'Costura aberta / defeito no tecido em algumas peças.',
  transport_damage: 'Caixa chegou amassada e peças molhadas.',
  other: 'Peças diferentes do pedido.',
};
const REFUSALS = ['Prazo para devolução encerrado.', 'Peças com sinais de uso.', 'Produto fora da política de trocas.'];

type ReturnLine = {
  id: string;
  orderLineId: string;
  variantId: string;
  quantity: number;
  reason: ReturnReason;
  unitCreditCents: number;
  creditCents: number;
  outcome?: ReturnOutcome;
  note?: string | null;
  destination?: ReturnDestination;
};
type ReturnEvent = { action: ReturnAction | 'open' | 'ship_back'; at: number; actorId: string; role: Role; before: object | null; after: object };

export type ReturnPlan = {
  id: string;
  creditNoteId: string;
  orderId: string;
  customerId: string;
  channelId: string;
  createdAt: number;
  createdById: string;
  lines: ReturnLine[];
  events: ReturnEvent[];
  status: ReturnStatus;
  refusalReason: string | null;
  shipment: { returnInvoice: string; reverseShippingCode: string } | null;
};

/**
 * A share of delivered orders of shops with a login comes back (FPR), as the returns use cases would
 * have left it at "today": credits from the app's own net-price functions, each step through the
 * return machine, restocked lines going back to the order's channel, a credit note on closing.
 */
export function planReturns(rand: Random, order: SeedOrder, lojistaId: string, staff: Staff): ReturnPlan[] {
  const delivered = orderState(order).deliver!.at;
  const openedAt = delivered + rand.int(1, 25) * DAY + rand.int(0, 10) * HOUR;
  if (!rand.chance(RETURN_SHARE) || openedAt > END) return [];
  const net = netLineCents(order.lines, order.totals.discountCents);
  const lines: ReturnLine[] = rand.sample(order.lines, rand.chance(0.7) ? 1 : 2).map((l) => {
    const quantity = rand.int(1, Math.min(l.quantity, 3));
    return {
      id: rand.uuidAt(openedAt),
      orderLineId: l.id,
      variantId: l.variantId,
      quantity,
      reason: rand.pick(REASONS),
      unitCreditCents: netUnitCents(l.unitPriceCents, order.discountBps),
      creditCents: lineCreditCents(net.get(l.id)!, l.quantity, quantity),
    };
  });
  const plan: ReturnPlan = {
    id: rand.uuidAt(openedAt),
    creditNoteId: rand.uuid(),
    orderId: order.id,
    customerId: order.customerId,
    channelId: order.channelId,
    createdAt: openedAt,
    createdById: lojistaId,
    lines,
    events: [],
    status: 'requested',
    refusalReason: null,
    shipment: null,
  };
  const comercial = () => ({ actorId: rand.pick(staff.comercial), role: 'comercial' as const });
  const events: ReturnEvent[] = [
    {
      action: 'open',
      at: openedAt,
      actorId: lojistaId,
      role: 'lojista',
      before: null,
      after: { status: 'requested', orderId: order.id, lines: lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity, reason: l.reason })), photos: 0 },
    },
  ];
  let t = openedAt + rand.int(1, 4) * DAY;
  const step = (action: ReturnAction, extra: { note?: string; detail?: unknown } = {}) =>
    events.push({ action, at: t, ...comercial(), before: {}, after: { ...(extra.note ? { note: extra.note } : {}), ...(extra.detail ? { detail: extra.detail } : {}) } });
  if (rand.chance(0.1)) {
    plan.refusalReason = rand.pick(REFUSALS);
    step('refuse', { note: plan.refusalReason });
  } else {
    step('authorise');
    t += rand.int(1, 5) * DAY;
    const shipment = { returnInvoice: `${rand.int(1000, 999_999)}-1`, reverseShippingCode: `LR${rand.int(100_000_000, 999_999_999)}BR` };
    events.push({ action: 'ship_back', at: t, actorId: lojistaId, role: 'lojista', before: { returnInvoice: null, reverseShippingCode: null }, after: shipment });
    t += rand.int(3, 12) * DAY;
    step('receive', { detail: shipment });
    t += rand.int(1, 5) * DAY;
    for (const l of lines) l.outcome = rand.chance(0.85) ? 'accepted' : 'rejected';
    for (const l of lines) l.note = l.outcome === 'rejected' ? 'Sem defeito constatado.' : null;
    step('inspect', { detail: lines.map((l) => ({ lineId: l.id, outcome: l.outcome, note: l.note })) });
    t += rand.int(1, 3) * DAY;
    for (const l of lines) l.destination = l.outcome === 'accepted' && l.reason === 'defect' && rand.chance(0.3) ? 'discard' : defaultDestination(l.outcome!, l.reason);
    step('route', { detail: lines.map((l) => ({ lineId: l.id, destination: l.destination })) });
    t += rand.int(0, 3) * DAY + HOUR;
    step('close');
  }
  // Up to "today": what happened later is undone (the shipment, the outcomes, the destinations).
  plan.events = events.filter((e) => e.at <= END);
  const done = new Set(plan.events.map((e) => e.action));
  plan.shipment = done.has('ship_back') ? (plan.events.find((e) => e.action === 'ship_back')!.after as ReturnPlan['shipment']) : null;
  if (!done.has('refuse')) plan.refusalReason = null;
  for (const l of lines) {
    if (!done.has('inspect')) {
      l.outcome = undefined;
      l.note = undefined;
    }
    if (!done.has('route')) l.destination = undefined;
  }
  let status: ReturnStatus = 'requested';
  for (const e of plan.events) {
    if (e.action === 'open' || e.action === 'ship_back') continue;
    const to = nextReturnStatus(status, e.action);
    if (!to) throw new Error(`seed:large planned return ${e.action} from ${status}`);
    e.before = { status };
    e.after = { status: to, ...e.after };
    status = to;
  }
  plan.status = status;
  return [plan];
}

const at = (plan: ReturnPlan, action: ReturnEvent['action']) => plan.events.find((e) => e.action === action)?.at;

/**
 * Writes the planned returns (numbered in the order they were opened), their lines, credit notes for
 * the closed ones (the credited lines' credits, as closeReturn adds them), their audit rows, and the
 * restocked units for the stock phase to put in the ledger.
 */
export async function seedReturns({ db }: Seeded, plans: ReturnPlan[]): Promise<{ returns: number; creditNotes: number; restocked: number }> {
  plans.sort((a, b) => a.createdAt - b.createdAt);
  const last = (p: ReturnPlan) => p.events[p.events.length - 1]!.at;
  await copyRows(
    db,
    'returns',
    [
      'id',
      'number',
      'order_id',
      'customer_id',
      'channel_id',
      'status',
      'reason',
      'description',
      'refusal_reason',
      'return_invoice',
      'reverse_shipping_code',
      'created_by_id',
      'created_at',
      'updated_at',
      'closed_at',
    ],
    plans.map((p, i) => [
      p.id,
      i + 1,
      p.orderId,
      p.customerId,
      p.channelId,
      p.status,
      p.lines[0]!.reason,
      DESCRIPTIONS[p.lines[0]!.reason],
      p.refusalReason,
      p.shipment?.returnInvoice ?? null,
      p.shipment?.reverseShippingCode ?? null,
      p.createdById,
      new Date(p.createdAt),
      new Date(last(p)),
      p.status === 'closed' ? new Date(at(p, 'close')!) : null,
    ]),
  );
  await copyRows(
    db,
    'return_lines',
    ['id', 'return_id', 'order_line_id', 'variant_id', 'quantity', 'reason', 'unit_credit_cents', 'credit_cents', 'outcome', 'inspection_note', 'destination'],
    plans.flatMap((p) =>
      p.lines.map((l) => [l.id, p.id, l.orderLineId, l.variantId, l.quantity, l.reason, l.unitCreditCents, l.creditCents, l.outcome ?? null, l.note ?? null, l.destination ?? null]),
    ),
  );

  const closed = plans.filter((p) => p.status === 'closed').sort((a, b) => at(a, 'close')! - at(b, 'close')!);
  const amount = (p: ReturnPlan) => p.lines.filter((l) => isCredited(l.destination ?? null)).reduce((s, l) => s + l.creditCents, 0);
  await copyRows(
    db,
    'credit_notes',
    ['id', 'number', 'return_id', 'customer_id', 'amount_cents', 'status', 'created_at'],
    closed.map((p, i) => [p.creditNoteId, i + 1, p.id, p.customerId, amount(p), 'open', new Date(at(p, 'close')!)]),
  );

  const audit: CopyValue[][] = [];
  for (const p of plans) {
    for (const e of p.events) {
      if (e.action === 'close')
        audit.push([new Date(e.at), e.actorId, e.role, 'credit_notes.create', 'credit_note', p.creditNoteId, null, { returnId: p.id, customerId: p.customerId, amountCents: amount(p) }]);
      audit.push([new Date(e.at), e.actorId, e.role, `returns.${e.action}`, 'return', p.id, e.before, e.after]);
    }
  }
  audit.sort((a, b) => (a[0] as Date).getTime() - (b[0] as Date).getTime());
  await copyRows(db, 'audit_log', AUDIT_COLUMNS, audit);

  // Restocked units, for the ledger (stock.ts): routed to restock, at the order's channel, when routed.
  await db.execute(sql`CREATE UNLOGGED TABLE seed_large_restock (channel_id uuid, variant_id uuid, quantity int, at timestamptz, actor_id uuid, return_id uuid, reason text)`);
  const restocked = await copyRows(
    db,
    'seed_large_restock',
    ['channel_id', 'variant_id', 'quantity', 'at', 'actor_id', 'return_id', 'reason'],
    plans.flatMap((p, i) => {
      const route = p.events.find((e) => e.action === 'route');
      return route ? p.lines.filter((l) => l.destination === 'restock').map((l) => [p.channelId, l.variantId, l.quantity, new Date(route.at), route.actorId, p.id, `FPR #${i + 1}`]) : [];
    }),
  );
  return { returns: plans.length, creditNotes: closed.length, restocked };
}
