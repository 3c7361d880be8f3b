import { describe, expect, it } from 'vitest';
import { formatDateTime, formatMoney } from './format';

describe('money and time', () => {
  it('shows integer cents as BRL', () => {
    expect(formatMoney(123456).replace(/\s/g, ' ')).toBe('R$ 1.234,56');
    expect(formatMoney(5).replace(/\s/g, ' ')).toBe('R$ 0,05');
  });

  it('shows UTC instants in São Paulo time', () => {
    expect(formatDateTime('2026-11-23T02:30:00Z')).toBe('22/11/2026, 23:30');
  });
});
