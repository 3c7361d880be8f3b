/** EAN-13: 12 digits and a check digit (weights 1 and 3 from the left). */
export function ean13CheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new Error('EAN-13 needs 12 digits before the check digit');
  const sum = [...first12].reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10;
}

export function isValidEan13(value: string): boolean {
  const v = value.replace(/\s/g, '');
  return /^\d{13}$/.test(v) && ean13CheckDigit(v.slice(0, 12)) === Number(v[12]);
}
