export const RETURN_STATUSES = ['requested', 'authorised', 'refused', 'received', 'inspected', 'routed', 'closed'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

export const RETURN_ACTIONS = ['authorise', 'refuse', 'receive', 'inspect', 'route', 'close'] as const;
export type ReturnAction = (typeof RETURN_ACTIONS)[number];

export const RETURN_REASONS = ['defect', 'size', 'transport_damage', 'other'] as const;
export const RETURN_OUTCOMES = ['accepted', 'rejected'] as const;
export const RETURN_DESTINATIONS = ['restock', 'repair', 'discard', 'send_back'] as const;
export type ReturnDestination = (typeof RETURN_DESTINATIONS)[number];

/** The return's life, in one table (all processing is `comercial`'s: the returns.process permission). */
export const RETURN_TRANSITIONS: Record<ReturnAction, { from: ReturnStatus; to: ReturnStatus }> = {
  authorise: { from: 'requested', to: 'authorised' },
  refuse: { from: 'requested', to: 'refused' },
  receive: { from: 'authorised', to: 'received' },
  inspect: { from: 'received', to: 'inspected' },
  route: { from: 'inspected', to: 'routed' },
  close: { from: 'routed', to: 'closed' },
};

export function nextReturnStatus(status: ReturnStatus, action: ReturnAction): ReturnStatus | null {
  const rule = RETURN_TRANSITIONS[action];
  return rule.from === status ? rule.to : null;
}

/** The one action that moves a return on from `status`, besides refusing (null when it is finished). */
export function nextReturnAction(status: ReturnStatus): ReturnAction | null {
  return RETURN_ACTIONS.find((a) => a !== 'refuse' && RETURN_TRANSITIONS[a].from === status) ?? null;
}

/** Lines routed anywhere but back to the shop are credited: the brand keeps the goods. */
export function isCredited(destination: ReturnDestination | null): boolean {
  return destination !== null && destination !== 'send_back';
}
