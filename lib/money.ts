/**
 * Money as people type it, in one place: "10.000,00", "10000,00", "10000.00", "1.234", "R$ 12,5"
 * → integer cents, or null when it is not an amount. The last "," or "." followed by one or two
 * digits is the decimal separator; dots or commas between groups of three digits are thousands.
 */
export function parseMoneyCents(text: string, maxDigits = 12): number | null {
  const s = text.replace(/R\$|\s|\u00a0/g, '');
  if (!s) return null;
  const m = /^(\d{1,3}(?:([.,])\d{3})(?:\2\d{3})*|\d+)(?:([.,])(\d{1,2}))?$/.exec(s);
  // Thousands groups share one separator, and the decimal separator is the other one.
  if (!m || (m[2] && m[2] === m[3])) return null;
  // "1.234" or "1,234" alone is a thousands group (no one types three decimals of reais).
  const whole = m[1]!.replace(/[.,]/g, '');
  if (whole.length > maxDigits) return null;
  const fraction = (m[4] ?? '').padEnd(2, '0');
  return Number(whole) * 100 + Number(fraction || '0');
}

/** Cents as a pt-BR amount without the currency, for pre-filling an input: 3000000 → "30.000,00". */
export function centsToInput(cents: number | null | undefined, locale = 'pt-BR'): string {
  if (cents === null || cents === undefined) return '';
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: true }).format(cents / 100);
}
