import { describe, expect, it } from 'vitest';
import { orderMachine } from '@/lib/orders/transitions';
import { returnMachine } from '@/lib/returns/transitions';
import { DomainError } from '@/lib/server/errors';
import { defineStateMachine } from './define';

const door = defineStateMachine({
  statuses: ['open', 'closed', 'locked'] as const,
  refusal: 'errors.forbidden',
  rules: {
    close: { from: ['open'], to: 'closed', permission: 'orders.read' },
    lock: { from: ['closed'], to: 'locked', permission: 'orders.cancel', reason: true },
    slam: { from: ['open'], to: 'closed', permission: 'orders.read', hidden: true },
  },
});

describe('state machine helper', () => {
  it('moves by the table and refuses every other move with its message and the state', () => {
    expect(door.next('open', 'close')).toBe('closed');
    expect(door.next('locked', 'close')).toBeNull();
    expect(() => door.guard('locked', 'close')).toThrow(DomainError);
    expect(() => door.guard('locked', 'close')).toThrow(expect.objectContaining({ message: 'errors.forbidden', values: { status: 'locked' } }));
  });

  it('offers each role only the moves its permission allows, hidden ones never', () => {
    expect(door.offered('open')).toEqual(['close']);
    expect(door.allowed('financeiro', 'closed')).toEqual(['lock']);
    expect(door.allowed('representante', 'closed')).toEqual([]);
  });

  it('gives the order and return pages the same buttons the server accepts', () => {
    expect(orderMachine.allowed('representante', 'submitted')).toEqual(['approve', 'reject']);
    expect(orderMachine.allowed('lojista', 'submitted')).toEqual(['withdraw']);
    expect(orderMachine.allowed('financeiro', 'financial_hold')).toEqual(['release', 'cancel']);
    expect(orderMachine.allowed('comercial', 'approved')).toEqual(['invoice']);
    expect(returnMachine.allowed('comercial', 'requested')).toEqual(['authorise', 'refuse']);
    expect(returnMachine.allowed('lojista', 'requested')).toEqual([]);
    for (const status of orderMachine.statuses) {
      for (const action of orderMachine.allowed('admin', status)) expect(orderMachine.next(status, action)).not.toBeNull();
    }
  });
});
