import type { Permission } from '@/lib/auth/permissions';

export const ORDER_STATUSES = ['draft', 'submitted', 'financial_hold', 'approved', 'rejected', 'invoiced', 'shipped', 'delivered', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_ACTIONS = ['submit', 'approve', 'reject', 'hold', 'release', 'invoice', 'ship', 'deliver', 'withdraw', 'cancel'] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

/**
 * The order's life, in one table: for each action, the states it may start from, the state it
 * leads to, and the permission it takes. Approval leads to `approved`, or to `financial_hold` when
 * the financial check fails (the `hold` action, taken by the system inside the approval).
 */
export const ORDER_TRANSITIONS: Record<OrderAction, { from: readonly OrderStatus[]; to: OrderStatus; permission: Permission }> = {
  submit: { from: ['draft'], to: 'submitted', permission: 'orders.place' },
  approve: { from: ['submitted'], to: 'approved', permission: 'orders.approve' },
  hold: { from: ['submitted'], to: 'financial_hold', permission: 'orders.approve' },
  reject: { from: ['submitted'], to: 'rejected', permission: 'orders.approve' },
  release: { from: ['financial_hold'], to: 'approved', permission: 'orders.release' },
  invoice: { from: ['approved'], to: 'invoiced', permission: 'orders.fulfil' },
  ship: { from: ['invoiced'], to: 'shipped', permission: 'orders.fulfil' },
  deliver: { from: ['shipped'], to: 'delivered', permission: 'orders.fulfil' },
  /** The shop takes back its own order while it waits for approval. */
  withdraw: { from: ['submitted'], to: 'cancelled', permission: 'orders.withdraw' },
  /** Finance cancels any order before it ships. */
  cancel: { from: ['submitted', 'financial_hold', 'approved', 'invoiced'], to: 'cancelled', permission: 'orders.cancel' },
};

/** The state `action` leads to from `status`, or null when the order's state does not allow it. */
export function nextOrderStatus(status: OrderStatus, action: OrderAction): OrderStatus | null {
  const rule = ORDER_TRANSITIONS[action];
  return rule.from.includes(status) ? rule.to : null;
}

/** States in which the order's stock is reserved at its channel. */
export const RESERVING_STATUSES: readonly OrderStatus[] = ['financial_hold', 'approved', 'invoiced'];

/** States that count against the customer's credit limit ("open orders"). */
export const OPEN_STATUSES: readonly OrderStatus[] = ['financial_hold', 'approved', 'invoiced', 'shipped'];

/** Actions a person can take from a state (the system's `hold` is never offered). */
export function availableOrderActions(status: OrderStatus): OrderAction[] {
  return ORDER_ACTIONS.filter((a) => a !== 'hold' && a !== 'submit' && ORDER_TRANSITIONS[a].from.includes(status));
}

/** Actions that require a written reason. */
export const ORDER_ACTIONS_WITH_REASON: readonly OrderAction[] = ['reject', 'cancel', 'withdraw'];
