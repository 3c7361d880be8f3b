import { z } from 'zod';

/** Reais typed as "1500", "1500,00" or "1500.5" → integer cents. */
export const moneyCents = (maxDigits = 12) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .regex(new RegExp(`^\\d{1,${maxDigits}}([.,]\\d{1,2})?$`), { error: 'validation.money' })
    .transform((v) => Math.round(Number(v.replace(',', '.')) * 100));

/** A percentage typed as "12" or "115,5" → basis points, at most `max` %. */
export const percentBps = (max: number, allowNegative = false) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .regex(allowNegative ? /^-?\d{1,4}([.,]\d{1,2})?$/ : /^\d{1,4}([.,]\d{1,2})?$/, { error: 'validation.percent' })
    .transform((v) => Math.round(Number(v.replace(',', '.')) * 100))
    .refine((bps) => bps <= max * 100, { error: 'validation.percent' });
