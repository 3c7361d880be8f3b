import { defineStateMachine } from '@/lib/state-machine';

export const RETURN_STATUSES = ['requested', 'authorised', 'refused', 'received', 'inspected', 'routed', 'closed'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

export const RETURN_ACTIONS = ['authorise', 'refuse', 'receive', 'inspect', 'route', 'close'] as const;
export type ReturnAction = (typeof RETURN_ACTIONS)[number];

export const RETURN_REASONS = ['defect', 'size', 'transport_damage', 'other'] as const;
export const RETURN_OUTCOMES = ['accepted', 'rejected'] as const;
export const RETURN_DESTINATIONS = ['restock', 'repair', 'discard', 'send_back'] as const;
export type ReturnDestination = (typeof RETURN_DESTINATIONS)[number];

/** The return's life, in one table (all processing is `comercial`'s: the returns.process permission). */
export const returnMachine = defineStateMachine<ReturnStatus, ReturnAction>({
  statuses: RETURN_STATUSES,
  refusal: 'returns.errors.transition',
  rules: {
    authorise: { from: ['requested'], to: 'authorised', permission: 'returns.process' },
    refuse: { from: ['requested'], to: 'refused', permission: 'returns.process', reason: true },
    receive: { from: ['authorised'], to: 'received', permission: 'returns.process' },
    inspect: { from: ['received'], to: 'inspected', permission: 'returns.process' },
    route: { from: ['inspected'], to: 'routed', permission: 'returns.process' },
    close: { from: ['routed'], to: 'closed', permission: 'returns.process' },
  },
});

export const nextReturnStatus = returnMachine.next;

/** The one action that moves a return on from `status`, besides refusing (null when it is finished). */
export function nextReturnAction(status: ReturnStatus): ReturnAction | null {
  return returnMachine.offered(status).find((a) => a !== 'refuse') ?? null;
}

/** Lines routed anywhere but back to the shop are credited: the brand keeps the goods. */
export function isCredited(destination: ReturnDestination | null): boolean {
  return destination !== null && destination !== 'send_back';
}

export type ReturnReason = (typeof RETURN_REASONS)[number];
export type ReturnOutcome = (typeof RETURN_OUTCOMES)[number];

/**
 * The destination the routing form proposes for a line: a rejected claim goes back to the shop, an
 * accepted defect to repair (never silently back to stock), anything else back to stock.
 */
export function defaultDestination(outcome: ReturnOutcome | null, reason: ReturnReason): ReturnDestination {
  if (outcome === 'rejected') return 'send_back';
  if (reason === 'defect') return 'repair';
  return 'restock';
}
