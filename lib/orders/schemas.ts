import { z } from 'zod';
import { percentBps } from '@/lib/server/fields';

const id = z.uuid({ error: 'validation.invalidOption' });
const quantity = z.coerce.number({ error: 'validation.quantity' }).int({ error: 'validation.quantity' }).min(0, { error: 'validation.quantity' }).max(99999, { error: 'validation.quantity' });
const reason = z.string({ error: 'validation.reasonRequired' }).trim().min(3, { error: 'validation.reasonRequired' }).max(500, { error: 'validation.tooBig' });

/** Quantities typed in the color × size grid: one entry per cell (empty cells count as 0). */
export const gridLines = z
  .array(z.strictObject({ variantId: id, quantity }))
  .max(300)
  .refine((lines) => new Set(lines.map((l) => l.variantId)).size === lines.length, { error: 'validation.duplicateLine' });

/** "Adicionar ao pedido" from the grid. There is no price or total here: the server computes them. */
export const addToOrderSchema = z.strictObject({ productId: id, lines: gridLines });

export const addPackSchema = z.strictObject({
  productId: id,
  packId: id,
  color: z.string().trim().min(1, { error: 'validation.required' }).max(60),
  packs: z.coerce.number({ error: 'validation.quantity' }).int({ error: 'validation.quantity' }).min(1, { error: 'validation.quantity' }).max(999, { error: 'validation.quantity' }),
});

export const setProductLinesSchema = z.strictObject({ orderId: id, productId: id, lines: gridLines });
export const removeProductSchema = z.strictObject({ orderId: id, productId: id });

export const orderTermsSchema = z.strictObject({
  orderId: id,
  paymentTermId: z.union([z.literal(''), id]).transform((v) => v || null),
  discount: z
    .string()
    .trim()
    .transform((v) => v || '0')
    .pipe(percentBps(100)),
  notes: z
    .string()
    .trim()
    .max(1000, { error: 'validation.tooBig' })
    .optional()
    .transform((v) => v || null),
});

/**
 * "Ajustar quantidades" on an order waiting for approval: the new quantity of each line named (0 removes it).
 * Only variants and quantities: prices and totals come from the order itself.
 */
export const adjustOrderSchema = z.strictObject({ orderId: id, lines: gridLines.min(1, { error: 'validation.required' }) });

export const orderIdSchema = z.strictObject({ orderId: id });
export const orderReasonSchema = z.strictObject({ orderId: id, reason });
export const invoiceSchema = z.strictObject({ orderId: id, invoiceNumber: z.string().trim().min(1, { error: 'validation.required' }).max(60) });
export const shipSchema = z.strictObject({ orderId: id, trackingCode: z.string().trim().min(3, { error: 'validation.required' }).max(60) });
