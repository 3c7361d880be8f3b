import { describe, expect, it } from 'vitest';
import { RETURN_ACTIONS, RETURN_STATUSES, nextReturnAction, nextReturnStatus, isCredited } from '@/lib/returns/transitions';
import { availableOrderActions, nextOrderStatus, ORDER_ACTIONS, ORDER_STATUSES } from './transitions';

const ALLOWED: Record<string, string> = {
  'draft:submit': 'submitted',
  'submitted:approve': 'approved',
  'submitted:hold': 'financial_hold',
  'submitted:reject': 'rejected',
  'submitted:withdraw': 'cancelled',
  'submitted:cancel': 'cancelled',
  'financial_hold:release': 'approved',
  'financial_hold:cancel': 'cancelled',
  'approved:invoice': 'invoiced',
  'approved:cancel': 'cancelled',
  'invoiced:ship': 'shipped',
  'invoiced:cancel': 'cancelled',
  'shipped:deliver': 'delivered',
};

describe('order transitions', () => {
  it('allows exactly the listed moves and refuses every other', () => {
    for (const status of ORDER_STATUSES) {
      for (const action of ORDER_ACTIONS) {
        expect(nextOrderStatus(status, action), `${status} --${action}-->`).toBe(ALLOWED[`${status}:${action}`] ?? null);
      }
    }
  });
  it('never cancels once shipped, and a shop withdraws only while submitted', () => {
    for (const s of ['shipped', 'delivered', 'cancelled', 'rejected', 'draft'] as const) expect(nextOrderStatus(s, 'cancel')).toBeNull();
    expect(ORDER_STATUSES.filter((s) => nextOrderStatus(s, 'withdraw'))).toEqual(['submitted']);
  });
  it('offers people only their moves (the system holds; submission is its own button)', () => {
    expect(availableOrderActions('submitted')).toEqual(['approve', 'reject', 'withdraw', 'cancel']);
    expect(availableOrderActions('delivered')).toEqual([]);
  });
});

const RETURN_ALLOWED: Record<string, string> = {
  'requested:authorise': 'authorised',
  'requested:refuse': 'refused',
  'authorised:receive': 'received',
  'received:inspect': 'inspected',
  'inspected:route': 'routed',
  'routed:close': 'closed',
};

describe('return transitions', () => {
  it('allows exactly the listed moves and refuses every other', () => {
    for (const status of RETURN_STATUSES) {
      for (const action of RETURN_ACTIONS) {
        expect(nextReturnStatus(status, action), `${status} --${action}-->`).toBe(RETURN_ALLOWED[`${status}:${action}`] ?? null);
      }
    }
  });
  it('names the next step, none once finished', () => {
    expect(nextReturnAction('requested')).toBe('authorise');
    expect(nextReturnAction('routed')).toBe('close');
    expect(nextReturnAction('closed')).toBeNull();
    expect(nextReturnAction('refused')).toBeNull();
  });
  it('credits what the brand keeps, not what goes back to the shop', () => {
    expect(['restock', 'repair', 'discard'].every((d) => isCredited(d as 'restock'))).toBe(true);
    expect(isCredited('send_back')).toBe(false);
    expect(isCredited(null)).toBe(false);
  });
});
