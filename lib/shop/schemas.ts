import { z } from 'zod';
import { moneyCents } from '@/lib/server/fields';
import { PAYMENT_METHODS } from './sale-math';

const id = z.uuid({ error: 'validation.invalidOption' });
const optionalId = z
  .union([z.literal(''), id])
  .optional()
  .transform((v) => v || null);
/** A discount as typed ("5,00" or "10%"): read by parseDiscount once the server knows what it applies to. */
const discountText = z
  .string()
  .trim()
  .max(20, { error: 'validation.tooBig' })
  .optional()
  .transform((v) => v ?? '');
const reason = z.string({ error: 'validation.reasonRequired' }).trim().min(3, { error: 'validation.reasonRequired' }).max(300, { error: 'validation.tooBig' });

export const saleLineInput = z.strictObject({
  variantId: id,
  quantity: z.coerce.number({ error: 'validation.quantity' }).int({ error: 'validation.quantity' }).min(1, { error: 'validation.quantity' }).max(9999, { error: 'validation.quantity' }),
  discount: discountText,
});

/** Finishing a sale: what was scanned, the discounts as typed and the payments. Prices and totals are the server's. */
export const finishSaleSchema = z.strictObject({
  idempotencyKey: z.uuid({ error: 'validation.invalid' }),
  sessionId: id,
  consumerId: optionalId,
  discount: discountText,
  lines: z.array(saleLineInput).max(200, { error: 'validation.tooBig' }),
  payments: z
    .array(
      z.strictObject({
        method: z.enum(PAYMENT_METHODS, { error: 'validation.invalidOption' }),
        amount: moneyCents(10),
        installments: z.coerce.number({ error: 'validation.invalid' }).int({ error: 'validation.invalid' }).min(1, { error: 'validation.invalid' }).max(12, { error: 'validation.invalid' }).optional().default(1),
      }),
    )
    .max(8, { error: 'validation.tooBig' }),
});

export const voidSaleSchema = z.strictObject({ saleId: id, reason });

export const parkSaleSchema = z.strictObject({
  label: z.string().trim().max(60, { error: 'validation.tooBig' }).optional().transform((v) => v ?? ''),
  consumerId: optionalId,
  discount: discountText,
  lines: z.array(saleLineInput).min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooBig' }),
});
export const parkedIdSchema = z.strictObject({ parkedId: id, sessionId: optionalId });

export const openRegisterSchema = z.strictObject({ registerId: id, float: moneyCents(10) });
export const registerMovementSchema = z.strictObject({ sessionId: id, kind: z.enum(['withdrawal', 'deposit'], { error: 'validation.invalidOption' }), amount: moneyCents(10), reason });
export const closeRegisterSchema = z.strictObject({
  sessionId: id,
  cash: moneyCents(10),
  debit: moneyCents(10),
  credit: moneyCents(10),
  pix: moneyCents(10),
  notes: z.string().trim().max(500, { error: 'validation.tooBig' }).optional().transform((v) => v || null),
});
export const newRegisterSchema = z.strictObject({ name: z.string().trim().min(2, { error: 'validation.required' }).max(40, { error: 'validation.tooBig' }), locationId: optionalId });
/** The stock location a register's sales take goods from. */
export const registerLocationSchema = z.strictObject({ registerId: id, locationId: id });

export const newConsumerSchema = z.strictObject({
  name: z.string().trim().min(2, { error: 'validation.required' }).max(120, { error: 'validation.tooBig' }),
  cpf: z.string().trim().max(20, { error: 'validation.tooBig' }),
  phone: z.string().trim().max(20, { error: 'validation.tooBig' }).optional().transform((v) => v ?? ''),
  email: z.union([z.literal(''), z.email({ error: 'validation.email' }).max(200)]).optional().transform((v) => v || null),
});

export const chooseShopSchema = z.strictObject({ shopId: id });
