import { describe, expect, it } from 'vitest';
import { clientIp } from './client-ip';

describe('clientIp', () => {
  const h = (xff?: string) => new Headers(xff ? { 'x-forwarded-for': xff } : {});
  it('reads the address our proxy appended, not what the client sent', () => {
    expect(clientIp(h('6.6.6.6, 203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientIp(h('6.6.6.6, 203.0.113.7, 10.0.0.2'), 2)).toBe('203.0.113.7');
    expect(clientIp(h('203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientIp(h(), 1)).toBe('unknown');
  });
});
