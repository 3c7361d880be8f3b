import { describe, expect, it } from 'vitest';
import { formatCep, formatPhone, formatPlate, isValidCep, isValidPhone, isValidPlate, normalizePlate } from './identifiers';
import { buildSearchText, searchTerms } from './search-text';
import { toSuggestion } from './suggestion';

describe('vehicle plates', () => {
  it.each(['ABC1234', 'abc-1234', 'BRA2E19', 'bra 2e19', 'MAR2A26'])('accepts %s', (p) => expect(isValidPlate(p)).toBe(true));
  it.each(['AB1234', 'ABC12345', 'ABCD123', '1BC1234', 'ABC1D2E', 'ABC12D3'])('refuses %s', (p) => expect(isValidPlate(p)).toBe(false));
  it('normalises and formats', () => {
    expect(normalizePlate('abc-1234')).toBe('ABC1234');
    expect(formatPlate('ABC1234')).toBe('ABC-1234');
    expect(formatPlate('BRA2E19')).toBe('BRA2E19');
  });
});

describe('phones and CEP', () => {
  it('accepts Brazilian numbers with area code', () => {
    expect(isValidPhone('(48) 99999-0000')).toBe(true);
    expect(isValidPhone('+55 48 3222-1111')).toBe(true);
    expect(isValidPhone('99999-0000')).toBe(false);
    expect(isValidPhone('(48) 19999-0000')).toBe(false);
    expect(formatPhone('48999990000')).toBe('(48) 99999-0000');
    expect(formatPhone('4832221111')).toBe('(48) 3222-1111');
  });
  it('checks CEPs', () => {
    expect(isValidCep('88010-000')).toBe(true);
    expect(isValidCep('8801000')).toBe(false);
    expect(formatCep('88010000')).toBe('88010-000');
  });
});

describe('search text', () => {
  it('finds by any identifier, accents and punctuation aside', () => {
    const text = buildSearchText({ name: 'Ateliê São João', tradeName: 'Ateliê SJ', email: 'a@b.com', document: '52998224725', phones: ['48999990000'], assets: ['BRA2E19'] });
    for (const q of ['atelie sao', 'SÃO JOÃO', '529.982.247-25', '(48) 99999', 'bra2e19', 'a@b.com']) {
      expect(searchTerms(q).some((t) => text.includes(t)), q).toBe(true);
    }
    expect(searchTerms('x')).toEqual([]);
  });

  it('finds by city, accents aside', () => {
    const text = buildSearchText({ name: 'Loja Sul', document: '52998224725', city: 'Balneário Camboriú' });
    for (const q of ['balneario', 'CAMBORIÚ', 'balneário camboriu']) expect(searchTerms(q).some((t) => text.includes(t)), q).toBe(true);
    expect(buildSearchText({ name: 'Loja Sul', document: '52998224725', city: null })).toBe('loja sul | 52998224725');
  });
});

describe('suggestions', () => {
  it('carry what tells two customers of the same name apart', () => {
    const row = { id: 'x', name: 'Boutique Aurora Ltda', tradeName: 'Boutique Aurora', document: '27865134000121', city: 'Joinville', uf: 'SC' };
    expect(toSuggestion(row)).toEqual({ id: 'x', name: 'Boutique Aurora Ltda', tradeName: 'Boutique Aurora', document: '27.865.134/0001-21', place: 'Joinville / SC' });
    expect(toSuggestion({ ...row, city: null }).place).toBe('SC');
  });
});
