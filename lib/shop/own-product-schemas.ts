import { z } from 'zod';
import { gridFields, gridSizes, referenceField } from '@/lib/catalog/schemas';
import { moneyCents } from '@/lib/server/fields';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'validation.tooBig' })
    .optional()
    .transform((v) => v || null);

/** The consumer price: blank means cost plus the shop's markup. */
const optionalPrice = z
  .string()
  .trim()
  .max(20, { error: 'validation.tooBig' })
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const parsed = moneyCents(9).safeParse(v);
    if (!parsed.success || parsed.data <= 0) {
      ctx.addIssue({ code: 'custom', message: 'validation.money' });
      return z.NEVER;
    }
    return parsed.data;
  });

/** What describes a shop's own product, in both registering and editing it. */
const ownProductFields = {
  name: z.string({ error: 'validation.required' }).trim().min(2, { error: 'validation.nameTooShort' }).max(120, { error: 'validation.tooBig' }),
  description: text(2000),
  category: text(60),
  brand: text(60),
  ncm: z
    .string()
    .trim()
    .max(20, { error: 'validation.tooBig' })
    .optional()
    .refine((v) => !v || /^\d{8}$/.test(v.replace(/\D/g, '')), { error: 'validation.ncm' })
    .transform((v) => (v ? v.replace(/\D/g, '') : null)),
  cost: moneyCents(9),
  price: optionalPrice,
  supplierId: z
    .union([z.literal(''), z.uuid({ error: 'validation.invalidOption' })])
    .optional()
    .transform((v) => v || null),
};

/** A product the shop registers itself, with its color × size grid. */
export const createOwnProductSchema = z.strictObject({ reference: referenceField, ...ownProductFields, ...gridFields }).transform((v, ctx) => {
  const sizes = gridSizes(v);
  if (!sizes) {
    ctx.addIssue({ code: 'custom', path: ['customSizes'], message: 'validation.sizes' });
    return z.NEVER;
  }
  return { ...v, sizes };
});
export type CreateOwnProductInput = z.output<typeof createOwnProductSchema>;

export const updateOwnProductSchema = z.strictObject({
  id: z.uuid({ error: 'validation.invalidOption' }),
  ...ownProductFields,
  active: z
    .union([z.literal('on'), z.literal('')])
    .optional()
    .transform((v) => v === 'on'),
});

/** A variant's EAN-13 barcode (blank clears it). */
export const ownVariantEanSchema = z.strictObject({
  variantId: z.uuid({ error: 'validation.invalidOption' }),
  ean: z
    .string()
    .trim()
    .max(20, { error: 'validation.tooBig' })
    .optional()
    .transform((v) => (v ? v.replace(/\s/g, '') : null)),
});

export const OWN_PRODUCTS_PAGE_SIZE = 20;
export const OWN_PRODUCT_SORTS = ['name', 'reference', 'category', 'brand', 'price', 'onHand'] as const;
export const ownProductsFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  category: z.string().trim().max(60).optional().catch(undefined),
  brand: z.string().trim().max(60).optional().catch(undefined),
  active: z.enum(['yes', 'no']).optional().catch(undefined),
  sort: z.enum(OWN_PRODUCT_SORTS).catch('name'),
  dir: z.enum(['asc', 'desc']).catch('asc'),
  page: z.coerce.number().int().min(1).max(10000).catch(1),
});
export type OwnProductsFilter = z.infer<typeof ownProductsFilterSchema>;
