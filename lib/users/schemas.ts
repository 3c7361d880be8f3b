import { z } from 'zod';
import { ROLES } from '@/lib/auth/roles';

export const LOCALES = ['pt-BR', 'en', 'es'] as const;
export const PASSWORD_MIN = 8;

const optionalId = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : v))
  .pipe(z.uuid({ error: 'validation.invalidOption' }).nullable())
  .optional()
  .transform((v) => v ?? null);

const password = z
  .string({ error: 'validation.required' })
  .min(PASSWORD_MIN, { error: 'validation.passwordTooShort' })
  .max(200, { error: 'validation.tooBig' });

const profileFields = {
  name: z.string({ error: 'validation.required' }).trim().min(2, { error: 'validation.nameTooShort' }).max(120, { error: 'validation.tooBig' }),
  email: z.email({ error: 'validation.email' }).trim().toLowerCase().max(254, { error: 'validation.tooBig' }),
  role: z.enum(ROLES, { error: 'validation.invalidOption' }),
  locale: z.enum(LOCALES, { error: 'validation.invalidOption' }).default('pt-BR'),
  customerId: optionalId,
  shopId: optionalId,
};

type Links = { role: string; customerId: string | null; shopId: string | null };
function requireLinks(v: Links, ctx: z.RefinementCtx) {
  if (v.role === 'lojista' && !v.customerId) ctx.addIssue({ code: 'custom', path: ['customerId'], message: 'validation.customerRequired' });
  if (v.role === 'usuario' && !v.shopId) ctx.addIssue({ code: 'custom', path: ['shopId'], message: 'validation.shopRequired' });
}

export const createUserSchema = z.strictObject({ ...profileFields, password }).superRefine(requireLinks);
export const updateUserSchema = z.strictObject({ id: z.uuid(), ...profileFields }).superRefine(requireLinks);
export const blockUserSchema = z.strictObject({
  id: z.uuid(),
  reason: z.string({ error: 'validation.required' }).trim().min(3, { error: 'validation.reasonRequired' }).max(500, { error: 'validation.tooBig' }),
});
export const userIdSchema = z.strictObject({ id: z.uuid() });
export const resetPasswordWithTokenSchema = z
  .strictObject({ token: z.string().min(20).max(200), password, confirmPassword: z.string() })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: 'validation.passwordMismatch' });
export const changeLocaleSchema = z.strictObject({ locale: z.enum(LOCALES, { error: 'validation.invalidOption' }) });
