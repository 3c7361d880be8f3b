import { z } from 'zod';
import { moneyCents } from '@/lib/server/fields';

export const SIZE_SCALES = { letters: ['PP', 'P', 'M', 'G', 'GG'], numbers: ['34', '36', '38', '40', '42', '44', '46'] } as const;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'validation.tooBig' })
    .optional()
    .transform((v) => (v ? v : null));

const money = moneyCents(9);

const colorRow = z.strictObject({
  name: z.string({ error: 'validation.required' }).trim().min(2, { error: 'validation.required' }).max(40, { error: 'validation.tooBig' }),
  hex: z.string().trim().regex(/^#[0-9a-fA-F]{6}$/, { error: 'validation.colorHex' }),
});

/** What describes a product, in both creating and editing it. */
const productFields = {
  name: z.string({ error: 'validation.required' }).trim().min(2, { error: 'validation.nameTooShort' }).max(120, { error: 'validation.tooBig' }),
  description: text(2000),
  collection: text(60),
  category: text(60),
  brand: text(60),
  supplier: text(120),
  ncm: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^\d{8}$/.test(v.replace(/\D/g, '')), { error: 'validation.ncm' })
    .transform((v) => (v ? v.replace(/\D/g, '') : null)),
  cost: money,
  basePrice: money,
};

/** A product's reference: letters, digits and hyphens, stored in capitals. */
export const referenceField = z.string({ error: 'validation.required' }).trim().toUpperCase().regex(/^[A-Z0-9-]{2,30}$/, { error: 'validation.reference' });

/** The grid to generate: colors × a size scale (or custom sizes). */
export const gridFields = {
  sizeScale: z.enum(['letters', 'numbers', 'custom'], { error: 'validation.invalidOption' }),
  customSizes: z.string().max(200, { error: 'validation.tooBig' }).optional(),
  colors: z
    .array(colorRow)
    .min(1, { error: 'validation.colorsRequired' })
    .max(20)
    .refine((cs) => new Set(cs.map((c) => c.name.toLowerCase())).size === cs.length, { error: 'validation.colorsDuplicate' }),
};

/** The sizes the grid's scale names (custom ones split on spaces, commas or semicolons); null when there are none or one is too long. */
export function gridSizes(v: { sizeScale: keyof typeof SIZE_SCALES | 'custom'; customSizes?: string }): string[] | null {
  const sizes = v.sizeScale === 'custom' ? [...new Set((v.customSizes ?? '').toUpperCase().split(/[\s,;]+/).filter(Boolean))] : [...SIZE_SCALES[v.sizeScale]];
  return sizes.length && sizes.every((s) => s.length <= 6) ? sizes : null;
}

/** A variant's SKU: the reference, the colour's first letters and its place, and the size (`CAM-01-AZU1-M`). */
export function variantSku(reference: string, colorName: string, colorIndex: number, size: string): string {
  const part = colorName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 3);
  return `${reference}-${part}${colorIndex + 1}-${size}`;
}

/** The cells of a new grid in order (colour by colour, each across the sizes), with their SKUs. */
export function gridCells(reference: string, colors: readonly { name: string; hex: string }[], sizes: readonly string[]) {
  return colors.flatMap((c, ci) => sizes.map((size) => ({ colorName: c.name, colorHex: c.hex.toLowerCase(), size, sku: variantSku(reference, c.name, ci, size) })));
}

/** A new product and the grid to generate. */
export const createProductSchema = z
  .strictObject({
    reference: referenceField,
    ...productFields,
    ...gridFields,
  })
  .transform((v, ctx) => {
    const sizes = gridSizes(v);
    if (!sizes) {
      ctx.addIssue({ code: 'custom', path: ['customSizes'], message: 'validation.sizes' });
      return z.NEVER;
    }
    return { ...v, sizes };
  });
export type CreateProductInput = z.output<typeof createProductSchema>;

/** Editing a product's data (the grid itself is not changed here). */
export const updateProductSchema = z.strictObject({
  id: z.uuid(),
  ...productFields,
  active: z
    .union([z.literal('on'), z.literal('')])
    .optional()
    .transform((v) => v === 'on'),
});

/** A variant's EAN-13 (blank clears it) and its minimum stock at a channel. */
export const variantSettingsSchema = z.strictObject({
  variantId: z.uuid(),
  ean: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.replace(/\s/g, '') : null)),
  channelId: z.uuid(),
  minimum: z.coerce.number({ error: 'validation.quantity' }).int({ error: 'validation.quantity' }).min(0, { error: 'validation.quantity' }).max(100000, { error: 'validation.quantity' }),
});
