import { z } from 'zod';

const id = z.uuid({ error: 'validation.invalidOption' });

const signedQuantity = z.coerce.number({ error: 'validation.quantity' }).int({ error: 'validation.quantity' }).min(-99_999, { error: 'validation.quantity' }).max(99_999, { error: 'validation.quantity' }).refine((n) => n !== 0, { error: 'validation.quantity' });
export const shopAdjustSchema = z.strictObject({
  locationId: id,
  variantId: id,
  quantity: signedQuantity,
  reason: z.string({ error: 'validation.reasonRequired' }).trim().min(3, { error: 'validation.reasonRequired' }).max(300, { error: 'validation.tooBig' }),
});
export const shopMinimumSchema = z.strictObject({
  locationId: id,
  variantId: id,
  minimum: z.coerce.number({ error: 'validation.quantity' }).int({ error: 'validation.quantity' }).min(0, { error: 'validation.quantity' }).max(99_999, { error: 'validation.quantity' }),
});
export const shopTransferSchema = z.strictObject({
  fromLocationId: id,
  toLocationId: id,
  variantId: id,
  quantity: z.coerce.number({ error: 'validation.quantity' }).int({ error: 'validation.quantity' }).min(1, { error: 'validation.quantity' }).max(99_999, { error: 'validation.quantity' }),
  reason: z.string().trim().max(300, { error: 'validation.tooBig' }).optional().transform((v) => v ?? ''),
});
export const shopLocationSchema = z.strictObject({ name: z.string().trim().min(2, { error: 'validation.required' }).max(40, { error: 'validation.tooBig' }) });
