import { describe, expect, it } from 'vitest';
import { translatorFor } from './translator';

describe('plurals in pt-BR', () => {
  it('say "0 peças" (CLDR puts 0 in the singular in Portuguese), "1 peça", "2 peças"', () => {
    const t = translatorFor('pt-BR');
    expect([0, 1, 2].map((n) => t('orders.grid.totalPieces', { n }))).toEqual(['0 peças', '1 peça', '2 peças']);
    expect([0, 1, 3].map((count) => t('catalog.stock.reserved', { count }))).toEqual(['0 reservadas', '1 reservada', '3 reservadas']);
    expect(t('customers.import.rowsCount', { count: 0 })).toBe('0 linhas');
  });
  it('in English and Spanish, 0 is already plural', () => {
    expect(translatorFor('en')('orders.grid.totalPieces', { n: 0 })).toMatch(/^0 pieces/);
    expect(translatorFor('es')('catalog.stock.reserved', { count: 0 })).toBe('0 reservadas');
  });
});
