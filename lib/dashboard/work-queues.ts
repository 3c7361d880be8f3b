import type { Messages } from '@/lib/i18n/messages';
import type { OrderStatus } from '@/lib/orders/transitions';
import type { ReturnStatus } from '@/lib/returns/transitions';
import { routes, type OrdersArea, type ReturnsArea } from '@/lib/routes';

/** Where a queue's number comes from. */
export type QueueSource = { kind: 'orders'; status: OrderStatus } | { kind: 'returns'; status: ReturnStatus } | { kind: 'openReturns' } | { kind: 'blockedCustomers' } | { kind: 'openCreditNotes' };

/** One line of a home page's "to do" card: a message key, its source, and the list it opens. */
/** A queue's message key in `home.queues`. */
export type QueueKey = Exclude<keyof Messages['home']['queues'], 'title'>;

export type QueueDef = { key: QueueKey; source: QueueSource; href: string };

/** The areas with a home "to do" card: the ones that work orders. */
export type DashboardArea = OrdersArea;

/** Returns still moving (not refused, not closed). */
export const OPEN_RETURN_STATUSES: readonly ReturnStatus[] = ['requested', 'authorised', 'received', 'inspected', 'routed'];

const orders = (key: QueueKey, status: OrderStatus, area: DashboardArea, filtered = true): QueueDef => ({
  key,
  source: { kind: 'orders', status },
  href: routes.orders.list(area, filtered ? { status } : undefined),
});
const returnsIn = (key: QueueKey, status: ReturnStatus, area: ReturnsArea): QueueDef => ({
  key,
  source: { kind: 'returns', status },
  href: routes.returns.list(area, { status }),
});

/**
 * Each area's work queues, in the order the work flows. The numbers are counted within what the
 * signed-in user may see (a representative its portfolio, a shop its own), by the modules' scopes.
 */
export const WORK_QUEUES: Record<DashboardArea, QueueDef[]> = {
  lojista: [
    orders('drafts', 'draft', 'lojista', false),
    orders('awaitingApproval', 'submitted', 'lojista'),
    orders('financialHold', 'financial_hold', 'lojista'),
    orders('onTheWay', 'shipped', 'lojista'),
    {
      key: 'openReturns',
      source: { kind: 'openReturns' },
      href: routes.returns.list('lojista'),
    },
  ],
  representante: [
    orders('toApprove', 'submitted', 'representante'),
    orders('financialHold', 'financial_hold', 'representante'),
    orders('drafts', 'draft', 'representante', false),
    {
      key: 'openReturns',
      source: { kind: 'openReturns' },
      href: routes.returns.list('representante'),
    },
  ],
  comercial: [
    orders('toApprove', 'submitted', 'comercial'),
    orders('toInvoice', 'approved', 'comercial'),
    orders('toShip', 'invoiced', 'comercial'),
    orders('toConfirmDelivery', 'shipped', 'comercial'),
    returnsIn('returnsToAuthorise', 'requested', 'comercial'),
    returnsIn('returnsToReceive', 'authorised', 'comercial'),
    returnsIn('returnsToInspect', 'received', 'comercial'),
    returnsIn('returnsToRoute', 'inspected', 'comercial'),
    returnsIn('returnsToClose', 'routed', 'comercial'),
  ],
  financeiro: [
    orders('financialHold', 'financial_hold', 'financeiro'),
    {
      key: 'blockedCustomers',
      source: { kind: 'blockedCustomers' },
      href: routes.customers.list('financeiro', { status: 'blocked' }),
    },
    {
      key: 'openCreditNotes',
      source: { kind: 'openCreditNotes' },
      href: routes.returns.creditNotes(),
    },
  ],
};
