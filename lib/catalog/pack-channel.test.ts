import { describe, expect, it } from 'vitest';
import { parsePackQuantities } from './pack-channel-use-cases';

describe('pack quantities', () => {
  it('reads "1 P, 2 M" and "P:1; M:2" alike', () => {
    expect(parsePackQuantities('1 P, 2 M, 2 G, 1 GG')).toEqual({ P: 1, M: 2, G: 2, GG: 1 });
    expect(parsePackQuantities('P:1; m=2')).toEqual({ P: 1, M: 2 });
    expect(parsePackQuantities('2x38, 1×40')).toEqual({ '38': 2, '40': 1 });
  });
  it('refuses nonsense and zero quantities', () => {
    expect(parsePackQuantities('')).toBeNull();
    expect(parsePackQuantities('muitos P')).toBeNull();
    expect(parsePackQuantities('0 P')).toBeNull();
  });
});
