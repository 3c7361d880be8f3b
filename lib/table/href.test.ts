import { describe, expect, it } from 'vitest';
import { ariaSort, nextSortDir, sortHref, tableHref } from './href';

describe('tableHref', () => {
  it('keeps the other params, overrides the changed ones and drops empty values', () => {
    expect(tableHref('/orders', { q: 'aurora', status: '', page: 2 }, { page: 3 })).toBe('/orders?q=aurora&page=3');
  });
  it('is the bare path when nothing is left', () => {
    expect(tableHref('/orders', { q: undefined, status: null })).toBe('/orders');
  });
});

describe('sort headers', () => {
  const params = { q: 'rs', uf: 'SC', sort: 'name', dir: 'asc', page: 4 };

  it('flips the direction of the sorted column and goes back to page 1', () => {
    expect(sortHref('/c', params, { key: 'name', dir: 'asc' }, 'name')).toBe('/c?q=rs&uf=SC&sort=name&dir=desc&page=1');
    expect(sortHref('/c', params, { key: 'name', dir: 'desc' }, 'name')).toBe('/c?q=rs&uf=SC&sort=name&dir=asc&page=1');
  });

  it('starts another column in its first direction', () => {
    expect(sortHref('/c', params, { key: 'name', dir: 'asc' }, 'city')).toBe('/c?q=rs&uf=SC&sort=city&dir=asc&page=1');
    expect(nextSortDir(false, 'asc', 'desc')).toBe('desc');
    expect(nextSortDir(true, 'desc', 'desc')).toBe('asc');
  });

  it('tells assistive technology only about the sorted column', () => {
    expect(ariaSort(true, 'asc')).toBe('ascending');
    expect(ariaSort(true, 'desc')).toBe('descending');
    expect(ariaSort(false, 'desc')).toBeUndefined();
  });
});
