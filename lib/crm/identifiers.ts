/** Vehicle plates (old ABC1234 and Mercosul ABC1D23), device serials, phones and CEPs: normalisation and checks. */

export function normalizePlate(raw: string): string {
  return raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function isValidPlate(raw: string): boolean {
  const p = normalizePlate(raw);
  return /^[A-Z]{3}\d{4}$/.test(p) || /^[A-Z]{3}\d[A-Z]\d{2}$/.test(p);
}

export function formatPlate(value: string): string {
  const p = normalizePlate(value);
  return /^[A-Z]{3}\d{4}$/.test(p) ? `${p.slice(0, 3)}-${p.slice(3)}` : p;
}

export function normalizeSerial(raw: string): string {
  return raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function normalizeDigits(raw: string): string {
  return raw.replace(/\D/g, '');
}

/** Brazilian phone with area code: 10 digits (landline) or 11 (mobile, starting with 9). */
export function isValidPhone(raw: string): boolean {
  const d = normalizeDigits(raw).replace(/^55(?=\d{10,11}$)/, '');
  return /^[1-9]{2}[2-5]\d{7}$/.test(d) || /^[1-9]{2}9\d{8}$/.test(d);
}

export function normalizePhone(raw: string): string {
  return normalizeDigits(raw).replace(/^55(?=\d{10,11}$)/, '');
}

export function formatPhone(value: string): string {
  const d = normalizePhone(value);
  if (d.length === 11) return `(${d.slice(0, 2)}) ${d.slice(2, 7)}-${d.slice(7)}`;
  if (d.length === 10) return `(${d.slice(0, 2)}) ${d.slice(2, 6)}-${d.slice(6)}`;
  return value;
}

export function isValidCep(raw: string): boolean {
  return /^\d{8}$/.test(normalizeDigits(raw));
}

export function formatCep(value: string): string {
  const d = normalizeDigits(value);
  return d.length === 8 ? `${d.slice(0, 5)}-${d.slice(5)}` : value;
}
