import { can, type Permission } from '@/lib/auth/permissions';
import type { Role } from '@/lib/auth/roles';
import type { MessageKey } from '@/lib/i18n/message-key';
import { DomainError } from '@/lib/server/errors';

/** One action of a life cycle: the states it may start from, the state it leads to, who may take it. */
export type ActionRule<S extends string> = {
  from: readonly S[];
  to: S;
  permission: Permission;
  /** Not offered among a record's action buttons: taken by the system inside another action, or it has its own button. */
  hidden?: boolean;
  /** The person must write why (a rejection, a cancellation). */
  reason?: boolean;
};

export type StateMachine<S extends string, A extends string> = {
  statuses: readonly S[];
  actions: readonly A[];
  rules: Readonly<Record<A, ActionRule<S>>>;
  /** The state `action` leads to from `status`, or null when the state does not allow it. */
  next(status: S, action: A): S | null;
  /** Like next, but refuses with the machine's message ("cannot … from this state") instead of null. */
  guard(status: S, action: A): S;
  /** The machine's refusal for a record found in `status`. */
  refusal(status: S): DomainError;
  /** The actions a role may take on a record in `status`, as buttons (hidden ones left out), in table order. */
  allowed(role: Role, status: S): A[];
  /** The actions the state allows to anyone (hidden ones left out), in table order. */
  offered(status: S): A[];
};

/**
 * A life cycle as data: the statuses and, per action, from-states, to-state and permission. The server
 * guards every move with it and the UI draws its buttons from it, so the two cannot disagree. Orders
 * and returns use it; service orders, register sessions, opportunities, receivables and payroll runs
 * will too. Persisting a move is `moveRecord` (move-record.ts).
 */
export function defineStateMachine<const S extends string, const A extends string>(spec: {
  statuses: readonly S[];
  rules: Record<A, ActionRule<S>>;
  /** The message for a refused move; it receives `{ status }`. */
  refusal: MessageKey;
}): StateMachine<S, A> {
  const actions = Object.keys(spec.rules) as A[];
  const next = (status: S, action: A): S | null => (spec.rules[action].from.includes(status) ? spec.rules[action].to : null);
  const offered = (status: S) => actions.filter((a) => !spec.rules[a].hidden && spec.rules[a].from.includes(status));
  return {
    statuses: spec.statuses,
    actions,
    rules: spec.rules,
    next,
    guard(status, action) {
      const to = next(status, action);
      if (!to) throw new DomainError(spec.refusal, undefined, { status });
      return to;
    },
    refusal: (status) => new DomainError(spec.refusal, undefined, { status }),
    offered,
    allowed: (role, status) => offered(status).filter((a) => can(role, spec.rules[a].permission)),
  };
}
