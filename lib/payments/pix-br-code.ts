import { isValidCnpj, isValidCpf } from '@/lib/crm/document';

/**
 * PIX "copia e cola" and QR code payloads (the BR Code: EMV QRCPS-MPM as BACEN's "Manual de Padrões
 * para Iniciação do Pix" sets it) for a static key. Pure: the shop's POS and the public catalogs
 * build the text here and draw the QR from it.
 */

/** What a charge says: whose key receives, shown as whom and where, and optionally how much, the reference and a note. */
export type PixCharge = {
  key: string;
  merchantName: string;
  merchantCity: string;
  /** Omitted: the payer types the amount. */
  amountCents?: number;
  /** The receiver's reference (25 letters or digits at most); '***' when none. */
  txid?: string;
  /** A short note the payer's bank shows. */
  description?: string;
};

export type PixKeyKind = 'cpf' | 'cnpj' | 'email' | 'phone' | 'evp';

const EVP = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which kind of PIX key `key` is (as the shop types it in its settings), or null when it is none. */
export function pixKeyKind(key: string): PixKeyKind | null {
  const k = key.trim();
  if (EVP.test(k)) return 'evp';
  if (/^\+55\d{10,11}$/.test(k)) return 'phone';
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(k) && k.length <= 77) return 'email';
  if (/^\d{11}$/.test(k) && isValidCpf(k)) return 'cpf';
  if (/^[0-9A-Z]{12}\d{2}$/.test(k) && isValidCnpj(k)) return 'cnpj';
  return null;
}

/** CRC-16/CCITT-FALSE (polynomial 0x1021, start 0xFFFF) of the text, as the 4 uppercase hex digits field 63 carries. */
export function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** Plain letters, digits and spaces, as the payer's bank can show them: accents and symbols dropped, cut to `max`. */
function plain(text: string, max: number): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9 .,\-/]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

/** One EMV field: id, two-digit length, value. */
function field(id: string, value: string): string {
  if (value.length > 99) throw new RangeError(`PIX field ${id} is longer than 99 characters`);
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/** The BR Code of a charge. Throws RangeError for what no bank would accept (no key, no name, a bad amount or reference). */
export function pixBrCode(charge: PixCharge): string {
  const key = charge.key.trim();
  if (!key || key.length > 77) throw new RangeError('PIX key missing or too long');
  const name = plain(charge.merchantName, 25);
  const city = plain(charge.merchantCity, 15);
  if (!name || !city) throw new RangeError('PIX merchant name and city are required');
  if (charge.amountCents !== undefined && (!Number.isInteger(charge.amountCents) || charge.amountCents <= 0 || charge.amountCents > 99_999_999_999)) throw new RangeError('PIX amount must be a positive number of cents');
  const txid = charge.txid ?? '***';
  if (txid !== '***' && !/^[A-Za-z0-9]{1,25}$/.test(txid)) throw new RangeError('PIX reference must be 1 to 25 letters or digits');
  // Field 26 holds at most 99 characters: the GUI (18), the key (4 + its length) and the note (4 + its length).
  const note = charge.description ? plain(charge.description, Math.max(0, 99 - 18 - (4 + key.length) - 4)) : '';
  const account = field('00', 'br.gov.bcb.pix') + field('01', key) + (note ? field('02', note) : '');
  const payload = [
    field('00', '01'),
    field('26', account),
    field('52', '0000'),
    field('53', '986'),
    charge.amountCents !== undefined ? field('54', (charge.amountCents / 100).toFixed(2)) : '',
    field('58', 'BR'),
    field('59', name),
    field('60', city),
    field('62', field('05', txid)),
    '6304',
  ].join('');
  return payload + crc16(payload);
}
