import { describe, expect, it } from 'vitest';
import { detectDocument, formatDocument, isValidCnpj, isValidCpf, normalizeDocument, withCheckDigits } from './document';

describe('CPF', () => {
  it.each(['529.982.247-25', '111.444.777-35', '52998224725'])('accepts %s', (v) => expect(isValidCpf(v)).toBe(true));
  it.each(['529.982.247-24', '111.111.111-11', '123', '1234567890a'])('refuses %s', (v) => expect(isValidCpf(v)).toBe(false));
});

describe('CNPJ', () => {
  it.each(['11.222.333/0001-81', '11222333000181', '12.ABC.345/01DE-35', '12abc34501de35'])('accepts %s', (v) => expect(isValidCnpj(v)).toBe(true));
  it.each(['11.222.333/0001-82', '00.000.000/0000-00', '12.ABC.345/01DE-36', '12.ABC.345/01DE-3A'])('refuses %s', (v) => expect(isValidCnpj(v)).toBe(false));

  it('normalises, detects and formats', () => {
    expect(normalizeDocument('12.abc.345/01de-35')).toBe('12ABC34501DE35');
    expect(detectDocument('529.982.247-25')).toBe('cpf');
    expect(detectDocument('12.ABC.345/01DE-35')).toBe('cnpj');
    expect(detectDocument('529.982.247-26')).toBeNull();
    expect(formatDocument('11222333000181')).toBe('11.222.333/0001-81');
    expect(formatDocument('52998224725')).toBe('529.982.247-25');
  });

  it('generates check digits that validate', () => {
    expect(withCheckDigits('529982247')).toBe('52998224725');
    expect(withCheckDigits('12ABC34501DE')).toBe('12ABC34501DE35');
  });
});
