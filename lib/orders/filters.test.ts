import { describe, expect, it } from 'vitest';
import { orderFilterSchema } from './filters';

describe('order filters from the URL', () => {
  it('keeps real days and drops impossible ones instead of failing the page', () => {
    expect(orderFilterSchema.parse({ from: '2026-02-28', to: '2024-02-29' })).toMatchObject({ from: '2026-02-28', to: '2024-02-29' });
    const bad = orderFilterSchema.parse({ from: '2026-02-31', to: '0000-01-01' });
    expect(bad.from).toBeUndefined();
    expect(bad.to).toBeUndefined();
    expect(orderFilterSchema.parse({ from: '2026-13-01' }).from).toBeUndefined();
  });
  it('drops unknown statuses and sorts, and bounds the page', () => {
    expect(orderFilterSchema.parse({ status: 'paid', sort: 'price', page: '-3' })).toMatchObject({ status: undefined, sort: 'date', page: 1 });
  });
});
