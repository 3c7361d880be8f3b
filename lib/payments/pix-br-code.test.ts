import { hasError, parsePix } from 'pix-utils';
import { describe, expect, it } from 'vitest';
import { crc16, pixBrCode, pixKeyKind } from './pix-br-code';

describe('the PIX BR Code', () => {
  it("is BACEN's published example for the same inputs", () => {
    // Manual de Padrões para Iniciação do Pix (BACEN), static QR example.
    expect(pixBrCode({ key: '123e4567-e12b-12d1-a456-426655440000', merchantName: 'Fulano de Tal', merchantCity: 'BRASILIA' })).toBe(
      '00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D',
    );
  });

  it('computes CRC-16/CCITT-FALSE (its standard check value)', () => {
    expect(crc16('123456789')).toBe('29B1');
  });

  it('carries key, amount, merchant, city, reference and note, and an independent parser reads them back', () => {
    const code = pixBrCode({ key: 'loja@aurora.com.br', merchantName: 'Boutique Aurora Moda Feminina Ltda', merchantCity: 'São José dos Campos', amountCents: 123_456, txid: 'VENDA000123', description: 'Venda nº 123' });
    expect(code).toContain('5407' + '1234.56');
    const parsed = parsePix(code);
    if (hasError(parsed)) throw new Error(parsed.message);
    expect(parsed).toMatchObject({
      type: 'STATIC',
      pixKey: 'loja@aurora.com.br',
      transactionAmount: 1234.56,
      merchantName: 'Boutique Aurora Moda Femi',
      merchantCity: 'Sao Jose dos Ca',
      txid: 'VENDA000123',
      infoAdicional: 'Venda n 123',
    });
    expect(code.slice(-4)).toBe(crc16(code.slice(0, -4)));
  });

  it('cuts the note so the account field stays within 99 characters', () => {
    const key = `${'a'.repeat(16)}@aurora.com.br`;
    const code = pixBrCode({ key, merchantName: 'Loja', merchantCity: 'Floripa', description: 'x'.repeat(200) });
    const parsed = parsePix(code);
    if (hasError(parsed)) throw new Error(parsed.message);
    expect(parsed).toMatchObject({ pixKey: key, infoAdicional: 'x'.repeat(99 - 18 - (4 + key.length) - 4) });
    expect(code.slice(6, 10)).toBe('2699');
    // A key so long there is no room left: the note is left out, never the key.
    const long = `${'a'.repeat(60)}@aurora.com.br`;
    expect(parsePix(pixBrCode({ key: long, merchantName: 'Loja', merchantCity: 'Floripa', description: 'nota' }))).toMatchObject({ pixKey: long, infoAdicional: undefined });
  });

  it('leaves the amount to the payer when none is given, and refuses what no bank accepts', () => {
    expect(pixBrCode({ key: '+5548999990000', merchantName: 'Loja', merchantCity: 'Floripa' })).not.toContain('5404');
    const ok = { key: '+5548999990000', merchantName: 'Loja', merchantCity: 'Floripa' };
    expect(() => pixBrCode({ ...ok, key: ' ' })).toThrow(RangeError);
    expect(() => pixBrCode({ ...ok, amountCents: 0 })).toThrow(RangeError);
    expect(() => pixBrCode({ ...ok, amountCents: 10.5 })).toThrow(RangeError);
    expect(() => pixBrCode({ ...ok, txid: 'com espaço' })).toThrow(RangeError);
    expect(() => pixBrCode({ ...ok, merchantName: '★★★' })).toThrow(RangeError);
  });

  it('tells the kinds of key a shop may type', () => {
    expect(['123e4567-e12b-12d1-a456-426655440000', '+5548999990000', 'loja@aurora.com.br', '52998224725', '11444777000161', 'loja', '52998224724', '+554899'].map(pixKeyKind)).toEqual([
      'evp',
      'phone',
      'email',
      'cpf',
      'cnpj',
      null,
      null,
      null,
    ]);
  });
});
