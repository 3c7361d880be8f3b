import { z } from 'zod';

const id = z.uuid({ error: 'validation.invalidOption' });
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'validation.tooBig' })
    .optional()
    .transform((v) => v || null);

export const supplierSchema = z.strictObject({
  name: z.string().trim().min(2, { error: 'validation.nameTooShort' }).max(120, { error: 'validation.tooBig' }),
  cnpj: z.string().trim().min(1, { error: 'validation.required' }).max(20, { error: 'validation.tooBig' }),
  email: z.email({ error: 'validation.email' }).max(200, { error: 'validation.tooBig' }),
  phone: optional(20),
  contact: optional(120),
});

export const productSupplierSchema = z.strictObject({ productId: id, supplierId: z.union([z.literal(''), id]).transform((v) => v || null) });

/** The owner's review: each line's quantity (0 drops it) and the notes the supplier reads. */
export const sendPurchaseSchema = z.strictObject({
  requestId: id,
  notes: optional(1000),
  lines: z
    .array(
      z.strictObject({
        variantId: id,
        quantity: z.coerce.number({ error: 'validation.quantity' }).int({ error: 'validation.quantity' }).min(0, { error: 'validation.quantity' }).max(99_999, { error: 'validation.quantity' }),
      }),
    )
    .max(500, { error: 'validation.tooBig' }),
});
export const purchaseIdSchema = z.strictObject({ requestId: id });
