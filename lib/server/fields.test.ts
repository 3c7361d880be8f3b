import { describe, expect, it } from 'vitest';
import { moneyCents } from './fields';

describe('money fields', () => {
  it('accept the amount typed the Brazilian way or with a decimal point', () => {
    for (const typed of ['10.000,00', '10000,00', '10000.00', '10000']) expect(moneyCents().parse(typed)).toBe(1_000_000);
  });
  it('refuse what is not an amount with the money message, and an empty field as required', () => {
    expect(moneyCents().safeParse('dez reais').error?.issues[0]?.message).toBe('validation.money');
    expect(moneyCents().safeParse('').error?.issues[0]?.message).toBe('validation.required');
    expect(moneyCents(3).safeParse('10.000,00').error?.issues[0]?.message).toBe('validation.money');
  });
});
