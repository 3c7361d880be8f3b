import { describe, expect, it } from 'vitest';
import { parseQuery } from '@/lib/server/clean-input';
import { storefrontFilterSchema } from './storefront-filter';

describe('storefront filters from the form', () => {
  it('reads empty price boxes as no bound (the form always sends them)', () => {
    expect(parseQuery(storefrontFilterSchema, new URLSearchParams('q=vestido&collection=&category=&size=&min=&max='))).toEqual({ q: 'vestido', collection: '', category: '', size: '', min: undefined, max: undefined });
  });
  it('reads price bounds typed the Brazilian way, in cents, and drops what is not an amount', () => {
    expect(parseQuery(storefrontFilterSchema, { min: '1.000,50', max: '2000.00' })).toMatchObject({ min: 100_050, max: 200_000 });
    expect(parseQuery(storefrontFilterSchema, { min: 'barato', max: '-3' })).toMatchObject({ min: undefined, max: undefined });
  });
});
