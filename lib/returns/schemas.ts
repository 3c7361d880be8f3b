import { z } from 'zod';
import { MAX_IMAGE_BYTES } from '@/lib/catalog/images';
import { RETURN_DESTINATIONS, RETURN_OUTCOMES, RETURN_REASONS } from './transitions';

const id = z.uuid({ error: 'validation.invalidOption' });
export const MAX_RETURN_PHOTOS = 6;

export const openReturnSchema = z.strictObject({
  orderId: id,
  reason: z.enum(RETURN_REASONS, { error: 'validation.invalidOption' }),
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
