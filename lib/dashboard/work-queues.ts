import type { Messages } from '@/lib/i18n/messages';
import type { OrderStatus } from '@/lib/orders/transitions';
import type { ReturnStatus } from '@/lib/returns/transitions';

/** Where a queue's number comes from. */
export type QueueSource = { kind: 'orders'; status: OrderStatus } | { kind: 'returns'; status: ReturnStatus } | { kind: 'openReturns' } | { kind: 'blockedCustomers' } | { kind: 'openCreditNotes' };

/** One line of a home page's "to do" card: a message key, its source, and the list it opens. */
/** A queue's message key in `home.queues`. */
export type QueueKey = Exclude<keyof Messages['home']['queues'], 'title'>;

export type QueueDef = { key: QueueKey; source: QueueSource; href: string };

export type DashboardArea = 'lojista' | 'representante' | 'comercial' | 'financeiro';

/** Returns still moving (not refused, not closed). */
export const OPEN_RETURN_STATUSES: readonly ReturnStatus[] = ['requested', 'authorised', 'received', 'inspected', 'routed'];

const orders = (key: QueueKey, status: OrderStatus, list: string, filtered = true): QueueDef => ({
  key,
  source: { kind: 'orders', status },
  href: filtered ? `${list}?status=${status}` : list,
});
const returnsIn = (key: QueueKey, status: ReturnStatus, list: string): QueueDef => ({
  key,
  source: { kind: 'returns', status },
  href: `${list}?status=${status}`,
});

/**
 * Each area's work queues, in the order the work flows. The numbers are counted within what the
 * signed-in user may see (a representative its portfolio, a shop its own), by the modules' scopes.
 */
export const WORK_QUEUES: Record<DashboardArea, QueueDef[]> = {
  lojista: [
    orders('drafts', 'draft', '/lojista/pedidos', false),
    orders('awaitingApproval', 'submitted', '/lojista/pedidos'),
    orders('financialHold', 'financial_hold', '/lojista/pedidos'),
    orders('onTheWay', 'shipped', '/lojista/pedidos'),
    {
      key: 'openReturns',
      source: { kind: 'openReturns' },
      href: '/lojista/devolucoes',
    },
  ],
  representante: [
    orders('toApprove', 'submitted', '/representante/pedidos'),
    orders('financialHold', 'financial_hold', '/representante/pedidos'),
    orders('drafts', 'draft', '/representante/pedidos', false),
    {
      key: 'openReturns',
      source: { kind: 'openReturns' },
      href: '/representante/devolucoes',
    },
  ],
  comercial: [
    orders('toApprove', 'submitted', '/comercial/pedidos'),
    orders('toInvoice', 'approved', '/comercial/pedidos'),
    orders('toShip', 'invoiced', '/comercial/pedidos'),
    orders('toConfirmDelivery', 'shipped', '/comercial/pedidos'),
    returnsIn('returnsToAuthorise', 'requested', '/comercial/devolucoes'),
    returnsIn('returnsToReceive', 'authorised', '/comercial/devolucoes'),
    returnsIn('returnsToInspect', 'received', '/comercial/devolucoes'),
    returnsIn('returnsToRoute', 'inspected', '/comercial/devolucoes'),
    returnsIn('returnsToClose', 'routed', '/comercial/devolucoes'),
  ],
  financeiro: [
    orders('financialHold', 'financial_hold', '/financeiro/pedidos'),
    {
      key: 'blockedCustomers',
      source: { kind: 'blockedCustomers' },
      href: '/financeiro/clientes?status=blocked',
    },
    {
      key: 'openCreditNotes',
      source: { kind: 'openCreditNotes' },
      href: '/financeiro/notas-de-credito',
    },
  ],
};
