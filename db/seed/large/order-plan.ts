import type { Role } from '@/lib/auth/roles';
import { nextOrderStatus, type OrderAction, type OrderStatus } from '@/lib/orders/transitions';
import { END, type Staff } from './context';
import { DAY, HOUR, type Random } from './random';

/** One move of an order's machine, as the app audits it (the order's timeline). */
export type OrderEvent = {
  action: OrderAction;
  at: number;
  actorId: string;
  role: Role;
  note?: string;
  holdReason?: 'blocked' | 'credit';
  invoiceNumber?: string;
  trackingCode?: string;
};

export type PlanInput = {
  createdAt: number;
  /** Who placed it: the shop itself (waits for approval) or its representative (approved at submission). */
  placer: { kind: 'shop' | 'rep'; userId: string };
  /** Who approves or rejects a shop's order: its representative, or comercial when it has none. */
  approver: { userId: string; role: Role };
  /** When finance blocked the customer (approvals from then on go to financial hold), if it did. */
  blockedAt: number | null;
  deliveryDays: [number, number];
  staff: Staff;
  nextInvoice: () => string;
};

const REJECTIONS = [
  'Grade incompleta: faltam tamanhos para a vitrine.',
  'Pedido duplicado: o cliente refez com outra condição.',
  'Mix fora do perfil da loja; conversar na próxima visita.',
  'Quantidades acima do combinado para a coleção.',
];
const CANCELS = ['Cliente pediu o cancelamento por telefone.', 'Limite de crédito não liberado.', 'Títulos em atraso não regularizados.', 'Prazo de entrega não atende o cliente.'];
const WITHDRAWALS = ['Comprei errado, vou refazer o pedido.', 'Mudança de planos da loja.', 'Vou esperar a próxima coleção.'];

/** The states a plan can be forced to end in (for small runs that must still show every state). */
export type Forced = Exclude<OrderStatus, 'draft'>;

/**
 * The life of a submitted order: its events in time, each a move of the app's order machine, cut at
 * the data set's "today" (END). `force` steers every choice so the order ends in that state at END,
 * squeezing its events into the time left when needed.
 */
export function planOrder(rand: Random, input: PlanInput, force?: Forced): OrderEvent[] {
  const { staff, placer, approver } = input;
  const comercial = () => ({ actorId: rand.pick(staff.comercial), role: 'comercial' as const });
  const finance = () => ({ actorId: rand.pick(staff.financeiro), role: 'financeiro' as const });
  const hours = (min: number, max: number) => rand.int(min * 60, max * 60) * 60_000;
  const events: OrderEvent[] = [];
  let t = input.createdAt + hours(0.2, 4);
  const placerRole: Role = placer.kind === 'shop' ? 'lojista' : 'representante';
  events.push({ action: 'submit', at: t, actorId: placer.userId, role: placerRole });

  const stop = (): OrderEvent[] => squeeze(input.createdAt, events, force);
  const by = (who: { userId: string; role: Role }) => ({ actorId: who.userId, role: who.role });
  if (placer.kind === 'shop') {
    const r = rand.next();
    const outcome = force
      ? (({ rejected: 'reject', submitted: 'wait' } as Record<string, string>)[force] ?? 'approve')
      : r < 0.04
        ? 'reject'
        : r < 0.06
          ? 'withdraw'
          : r < 0.065
            ? 'cancel'
            : 'approve';
    if (outcome === 'wait') return stop();
    if (outcome === 'reject') return (events.push({ action: 'reject', at: t + hours(2, 72), ...by(approver), note: rand.pick(REJECTIONS) }), stop());
    if (outcome === 'withdraw') return (events.push({ action: 'withdraw', at: t + hours(1, 48), actorId: placer.userId, role: 'lojista', note: rand.pick(WITHDRAWALS) }), stop());
    if (outcome === 'cancel') return (events.push({ action: 'cancel', at: t + hours(1, 48), ...finance(), note: rand.pick(CANCELS) }), stop());
    t += hours(2, 72);
  }
  // Approval: a representative's own submission is its approval; a blocked customer's order is held.
  const approving = placer.kind === 'shop' ? by(approver) : { actorId: placer.userId, role: placerRole };
  const blocked = input.blockedAt !== null && t >= input.blockedAt;
  const held = blocked || force === 'financial_hold' || (!force && rand.chance(0.04));
  if (held) {
    events.push({ action: 'hold', at: t, ...approving, holdReason: blocked ? 'blocked' : 'credit' });
    if (force === 'financial_hold') return stop();
    if (blocked) {
      if (rand.chance(0.6)) events.push({ action: 'cancel', at: t + hours(5 * 24, 30 * 24), ...finance(), note: CANCELS[2]! });
      return stop();
    }
    if (rand.chance(0.15)) return (events.push({ action: 'cancel', at: t + hours(48, 240), ...finance(), note: rand.pick(CANCELS) }), stop());
    t += hours(24, 144);
    events.push({ action: 'release', at: t, ...finance() });
  } else {
    events.push({ action: 'approve', at: t, ...approving });
  }
  if (force === 'approved') return stop();
  if (force === 'cancelled' || (!force && rand.chance(0.015))) return (events.push({ action: 'cancel', at: t + hours(1, 72), ...finance(), note: rand.pick(CANCELS) }), stop());
  t += hours(24, 144);
  events.push({ action: 'invoice', at: t, ...comercial(), invoiceNumber: input.nextInvoice() });
  if (force === 'invoiced') return stop();
  if (!force && rand.chance(0.003)) return (events.push({ action: 'cancel', at: t + hours(1, 48), ...finance(), note: rand.pick(CANCELS) }), stop());
  t += hours(2, 48);
  events.push({ action: 'ship', at: t, ...comercial(), trackingCode: `${rand.pick(['BR', 'QB', 'OJ', 'PM'])}${rand.int(100_000_000, 999_999_999)}BR` });
  if (force === 'shipped') return stop();
  t += rand.int(input.deliveryDays[0], input.deliveryDays[1]) * DAY + hours(0, 8);
  events.push({ action: 'deliver', at: t, ...comercial() });
  return stop();
}

/** Events up to END; a forced plan keeps them all, squeezed into the time between creation and END. */
function squeeze(createdAt: number, events: OrderEvent[], force?: Forced): OrderEvent[] {
  if (!force) return events.filter((e) => e.at <= END);
  const last = events[events.length - 1]!.at;
  if (last <= END) return events;
  const room = END - HOUR - createdAt;
  return events.map((e) => ({ ...e, at: createdAt + Math.max(1, Math.floor(((e.at - createdAt) / (last - createdAt)) * room)) }));
}

/** The state the events lead to, each checked against the app's order machine. */
export function statusAfter(events: readonly OrderEvent[]): OrderStatus {
  let status: OrderStatus = 'draft';
  for (const e of events) {
    const next = nextOrderStatus(status, e.action);
    if (!next) throw new Error(`seed:large planned ${e.action} from ${status}`);
    status = next;
  }
  return status;
}
