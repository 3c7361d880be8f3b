import { describe, expect, it } from 'vitest';
import { sortSizes } from './size-order';

describe('size scale', () => {
  it('puts letters in scale order, then numbers ascending, then the rest', () => {
    expect(sortSizes(['G', '40', 'PP', 'U', '36', 'GG', 'M', 'P', 'Único', '38'])).toEqual(['PP', 'P', 'M', 'G', 'GG', 'U', '36', '38', '40', 'Único']);
  });
});
