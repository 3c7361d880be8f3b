import { z } from 'zod';
import { parseMoneyCents } from '@/lib/money';

/** Reais typed either way — "10.000,00", "10000,00", "10000.00", "1500" — → integer cents (lib/money.ts). */
export const moneyCents = (maxDigits = 12) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .transform((v, ctx) => {
      const cents = parseMoneyCents(v, maxDigits);
      if (cents === null) {
        ctx.addIssue({ code: 'custom', message: 'validation.money' });
        return z.NEVER;
      }
      return cents;
    });

/** A percentage typed as "12" or "115,5" → basis points, at most `max` %. */
export const percentBps = (max: number, allowNegative = false) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .regex(allowNegative ? /^-?\d{1,4}([.,]\d{1,2})?$/ : /^\d{1,4}([.,]\d{1,2})?$/, { error: 'validation.percent' })
    .transform((v) => Math.round(Number(v.replace(',', '.')) * 100))
    .refine((bps) => bps <= max * 100, { error: 'validation.percent' });
