import { describe, expect, it } from 'vitest';
import { centsToInput, parseMoneyCents } from './money';

describe('money as typed', () => {
  it.each([
    ['10.000,00', 1_000_000],
    ['10000,00', 1_000_000],
    ['10000.00', 1_000_000],
    ['10000', 1_000_000],
    ['1.234', 123_400],
    ['1.234,5', 123_450],
    ['1,234.56', 123_456],
    ['R$ 1.234,56', 123_456],
    ['0,99', 99],
    ['12.5', 1250],
    ['8.678,00', 867_800],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseMoneyCents(text)).toBe(cents);
  });

  it.each(['', 'abc', '1,2,3', '12.345,678', '-5', '1e5', '10.00.00'])('refuses %j', (text) => {
    expect(parseMoneyCents(text)).toBeNull();
  });

  it('refuses more digits than allowed and pre-fills in the Brazilian format', () => {
    expect(parseMoneyCents('1234567890', 9)).toBeNull();
    expect(centsToInput(3_000_000)).toBe('30.000,00');
    expect(centsToInput(5)).toBe('0,05');
    expect(centsToInput(null)).toBe('');
  });
});
