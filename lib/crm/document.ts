/** CPF and CNPJ (numeric and the alphanumeric CNPJ issued from July 2026): normalisation, check digits, display. */
export type DocumentType = 'cpf' | 'cnpj';

export function normalizeDocument(raw: string): string {
  return raw.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

export function isValidCpf(raw: string): boolean {
  const d = normalizeDocument(raw);
  if (!/^\d{11}$/.test(d) || /^(\d)\1{10}$/.test(d)) return false;
  const digit = (len: number) => {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += Number(d[i]) * (len + 1 - i);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  return digit(9) === Number(d[9]) && digit(10) === Number(d[10]);
}

export function isValidCnpj(raw: string): boolean {
  const d = normalizeDocument(raw);
  if (!/^[0-9A-Z]{12}\d{2}$/.test(d) || /^(\d)\1{13}$/.test(d)) return false;
  const value = (c: string) => c.charCodeAt(0) - 48;
  const digit = (len: number) => {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += value(d[i]!) * (((len - 1 - i) % 8) + 2);
    const r = sum % 11;
    return r < 2 ? 0 : 11 - r;
  };
  return digit(12) === Number(d[12]) && digit(13) === Number(d[13]);
}

/** The type a document looks like, if its check digits are valid. */
export function detectDocument(raw: string): DocumentType | null {
  const d = normalizeDocument(raw);
  if (d.length === 11 && isValidCpf(d)) return 'cpf';
  if (d.length === 14 && isValidCnpj(d)) return 'cnpj';
  return null;
}

export function formatDocument(value: string): string {
  const d = normalizeDocument(value);
  if (d.length === 11) return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
  if (d.length === 14) return `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}/${d.slice(8, 12)}-${d.slice(12)}`;
  return value;
}

/** Appends valid check digits to a CPF base of 9 digits or a CNPJ base of 12 characters (used by the seed and tests). */
export function withCheckDigits(base: string): string {
  const b = normalizeDocument(base);
  if (b.length === 9) {
    let doc = b;
    for (const len of [9, 10]) {
      let sum = 0;
      for (let i = 0; i < len; i++) sum += Number(doc[i]) * (len + 1 - i);
      const r = (sum * 10) % 11;
      doc += String(r === 10 ? 0 : r);
    }
    return doc;
  }
  if (b.length === 12) {
    let doc = b;
    for (const len of [12, 13]) {
      let sum = 0;
      for (let i = 0; i < len; i++) sum += (doc.charCodeAt(i) - 48) * (((len - 1 - i) % 8) + 2);
      const r = sum % 11;
      doc += String(r < 2 ? 0 : 11 - r);
    }
    return doc;
  }
  throw new Error('A CPF base has 9 digits and a CNPJ base 12 characters');
}

export const UFS = [
  'AC', 'AL', 'AM', 'AP', 'BA', 'CE', 'DF', 'ES', 'GO', 'MA', 'MG', 'MS', 'MT', 'PA', 'PB',
  'PE', 'PI', 'PR', 'RJ', 'RN', 'RO', 'RR', 'RS', 'SC', 'SE', 'SP', 'TO',
] as const;
