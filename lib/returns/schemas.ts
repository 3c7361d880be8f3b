import { z } from 'zod';
import { MAX_IMAGE_BYTES } from '@/lib/catalog/images';
import { RETURN_DESTINATIONS, RETURN_OUTCOMES, RETURN_REASONS } from './transitions';

const id = z.uuid({ error: 'validation.invalidOption' });
export const MAX_RETURN_PHOTOS = 6;


/**
 * The NF-e de devolução: its number (up to 9 digits, optionally with a series after '-' or '/',
 * e.g. 123456-1) or the 44-digit access key (spaces and dots between the digits are dropped).
 * Empty means not given yet. The format is checked in the use case (isReturnInvoice), which names
 * the field with its own message.
 */
export const returnInvoiceField = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? (/^[\d\s.]+$/.test(v) && v.replace(/[\s.]/g, '').length === 44 ? v.replace(/[\s.]/g, '') : v.replace(/\s*([-/])\s*/, '$1')) : null))
  .pipe(z.string().max(60, { error: 'validation.tooBig' }).nullable());

export function isReturnInvoice(v: string): boolean {
  return /^\d{44}$/.test(v) || /^\d{1,9}(?:[-/]\d{1,3})?$/.test(v);
}
/** The carrier's código de postagem reversa: free text, at most 40 characters. */
export const reverseShippingCodeField = z
  .string()
  .trim()
  .max(40, { error: 'validation.tooBig' })
  .optional()
  .transform((v) => v || null);

export const openReturnSchema = z.strictObject({
  orderId: id,
  description: z
    .string()
    .trim()
    .max(1000, { error: 'validation.tooBig' })
    .optional()
    .transform((v) => v || null),
  lines: z
    .array(
      z.strictObject({
        orderLineId: id,
        quantity: z.coerce.number({ error: 'validation.quantity' }).int({ error: 'validation.quantity' }).min(0, { error: 'validation.quantity' }).max(99999, { error: 'validation.quantity' }),
        /** Required for a line being returned (the use case refuses a missing or unknown one); a line left at 0 may leave it empty. */
        reason: z
          .string()
          .trim()
          .max(40, { error: 'validation.tooBig' })
          .optional()
          .transform((v) => (RETURN_REASONS as readonly string[]).includes(v ?? '') ? (v as (typeof RETURN_REASONS)[number]) : null),
      }),
    )
    .max(300)
    .refine((lines) => new Set(lines.map((l) => l.orderLineId)).size === lines.length, { error: 'validation.duplicateLine' }),
  /** Base64 file contents; the type is read from the bytes. */
  photos: z
    .array(z.string().max(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 4, { error: 'returns.errors.photoTooBig' }))
    .max(MAX_RETURN_PHOTOS, { error: 'returns.errors.tooManyPhotos' })
    .default([]),
});

export const returnIdSchema = z.strictObject({ returnId: id });
/** The shop's goods on their way back, or comercial receiving them: the return invoice and reverse-shipping code. */
export const returnShipmentSchema = z.strictObject({ returnId: id, returnInvoice: returnInvoiceField, reverseShippingCode: reverseShippingCodeField });
export const refuseReturnSchema = z.strictObject({
  returnId: id,
  reason: z.string({ error: 'validation.reasonRequired' }).trim().min(3, { error: 'validation.reasonRequired' }).max(500, { error: 'validation.tooBig' }),
});
export const inspectReturnSchema = z.strictObject({
  returnId: id,
  lines: z
    .array(
      z.strictObject({
        lineId: id,
        outcome: z.enum(RETURN_OUTCOMES, { error: 'validation.invalidOption' }),
        note: z
          .string()
          .trim()
          .max(300, { error: 'validation.tooBig' })
          .optional()
          .transform((v) => v || null),
      }),
    )
    .min(1)
    .max(300),
});
export const routeReturnSchema = z.strictObject({
  returnId: id,
  lines: z
    .array(z.strictObject({ lineId: id, destination: z.enum(RETURN_DESTINATIONS, { error: 'validation.invalidOption' }) }))
    .min(1)
    .max(300),
});
