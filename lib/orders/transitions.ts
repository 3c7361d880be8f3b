import { defineStateMachine } from '@/lib/state-machine';

export const ORDER_STATUSES = ['draft', 'submitted', 'financial_hold', 'approved', 'rejected', 'invoiced', 'shipped', 'delivered', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_ACTIONS = ['submit', 'approve', 'reject', 'hold', 'release', 'invoice', 'ship', 'deliver', 'withdraw', 'cancel'] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

/**
 * The order's life, in one table: for each action, the states it may start from, the state it
 * leads to, and the permission it takes. Approval leads to `approved`, or to `financial_hold` when
 * the financial check fails (the `hold` action, taken by the system inside the approval).
 */
export const orderMachine = defineStateMachine<OrderStatus, OrderAction>({
  statuses: ORDER_STATUSES,
  refusal: 'orders.errors.transition',
  rules: {
    /** Submission has its own button on the draft page. */
    submit: { from: ['draft'], to: 'submitted', permission: 'orders.place', hidden: true },
    approve: { from: ['submitted'], to: 'approved', permission: 'orders.approve' },
    hold: { from: ['submitted'], to: 'financial_hold', permission: 'orders.approve', hidden: true },
    reject: { from: ['submitted'], to: 'rejected', permission: 'orders.approve', reason: true },
    release: { from: ['financial_hold'], to: 'approved', permission: 'orders.release' },
    invoice: { from: ['approved'], to: 'invoiced', permission: 'orders.fulfil' },
    ship: { from: ['invoiced'], to: 'shipped', permission: 'orders.fulfil' },
    deliver: { from: ['shipped'], to: 'delivered', permission: 'orders.fulfil' },
    /** The shop takes back its own order while it waits for approval. */
    withdraw: { from: ['submitted'], to: 'cancelled', permission: 'orders.withdraw', reason: true },
    /** Finance cancels any order before it ships. */
    cancel: { from: ['submitted', 'financial_hold', 'approved', 'invoiced'], to: 'cancelled', permission: 'orders.cancel', reason: true },
  },
});

/** The state `action` leads to from `status`, or null when the order's state does not allow it. */
export const nextOrderStatus = orderMachine.next;

/** Actions a person can take from a state (the system's `hold` is never offered; submission has its own button). */
export const availableOrderActions = orderMachine.offered;

/** States in which the order's stock is reserved at its channel. */
export const RESERVING_STATUSES: readonly OrderStatus[] = ['financial_hold', 'approved', 'invoiced'];

/** States that count against the customer's credit limit ("open orders"). */
export const OPEN_STATUSES: readonly OrderStatus[] = ['financial_hold', 'approved', 'invoiced', 'shipped'];

/** Actions that require a written reason. */
export const ORDER_ACTIONS_WITH_REASON: readonly OrderAction[] = ORDER_ACTIONS.filter((a) => orderMachine.rules[a].reason);

/**
 * States in which the brand may still change a shop's quantities (lib/orders/adjust.ts): only while the
 * order waits for approval, before any stock is reserved for it. Not a move of the machine: the state stays.
 */
export const ADJUSTABLE_STATUSES: readonly OrderStatus[] = ['submitted'];

/** The audit actions an order's timeline shows: every move of the machine, and the adjustment of quantities. */
export const ORDER_TIMELINE_ACTIONS: readonly string[] = [...ORDER_ACTIONS.map((a) => `orders.${a}`), 'orders.adjust'];
