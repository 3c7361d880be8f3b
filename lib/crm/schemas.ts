import { z } from 'zod';
import { moneyCents } from '@/lib/server/fields';
import { detectDocument, normalizeDocument, UFS } from './document';
import { isValidCep, isValidPhone, isValidPlate, normalizeDigits, normalizePhone, normalizePlate, normalizeSerial } from './identifiers';

export const COMPANY_SIZES = ['mei', 'me', 'epp', 'medio', 'grande'] as const;
export const USE_TYPES = ['industria', 'revenda', 'consumidor'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];
export type UseType = (typeof USE_TYPES)[number];

/** Optional free text: blank becomes null. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'validation.tooBig' })
    .optional()
    .transform((v) => (v ? v : null));

const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal('1'), z.literal('false'), z.literal(''), z.boolean()])
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true' || v === '1');

const uf = z.enum(UFS, { error: 'validation.uf' });
const optionalUf = z
  .union([z.literal(''), uf])
  .optional()
  .transform((v) => (v ? v : null));

const cep = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || isValidCep(v), { error: 'validation.cep' })
  .transform((v) => (v ? normalizeDigits(v) : null));

const phoneRow = z.strictObject({
  number: z
    .string({ error: 'validation.required' })
    .trim()
    .refine(isValidPhone, { error: 'validation.phone' })
    .transform(normalizePhone),
  label: text(40),
  isWhatsapp: checkbox,
});

const contactRow = z.strictObject({
  name: z.string({ error: 'validation.required' }).trim().min(2, { error: 'validation.nameTooShort' }).max(120, { error: 'validation.tooBig' }),
  role: text(80),
  email: z
    .union([z.literal(''), z.email({ error: 'validation.email' }).trim().toLowerCase()])
    .optional()
    .transform((v) => (v ? v : null)),
  phone: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || isValidPhone(v), { error: 'validation.phone' })
    .transform((v) => (v ? normalizePhone(v) : null)),
});

const assetRow = z
  .strictObject({
    kind: z.enum(['plate', 'serial'], { error: 'validation.invalidOption' }),
    value: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(60, { error: 'validation.tooBig' }),
    description: text(120),
  })
  .superRefine((a, ctx) => {
    if (a.kind === 'plate' && !isValidPlate(a.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: 'validation.plate' });
    if (a.kind === 'serial' && normalizeSerial(a.value).length < 3) ctx.addIssue({ code: 'custom', path: ['value'], message: 'validation.serial' });
  })
  .transform((a) => ({ ...a, value: a.kind === 'plate' ? normalizePlate(a.value) : normalizeSerial(a.value) }));

/** Addresses, phones and contacts: what a shop may edit on its own record. */
export const contactFields = {
  email: z
    .union([z.literal(''), z.email({ error: 'validation.email' }).trim().toLowerCase().max(254)])
    .optional()
    .transform((v) => (v ? v : null)),
  cep,
  street: text(160),
  number: text(20),
  complement: text(80),
  district: text(80),
  city: z.string({ error: 'validation.required' }).trim().min(2, { error: 'validation.required' }).max(80, { error: 'validation.tooBig' }),
  uf,
  deliverySameAsMain: checkbox,
  deliveryCep: cep,
  deliveryStreet: text(160),
  deliveryNumber: text(20),
  deliveryComplement: text(80),
  deliveryDistrict: text(80),
  deliveryCity: text(80),
  deliveryUf: optionalUf,
  phones: z.array(phoneRow).max(10, { error: 'validation.tooBig' }).optional().default([]),
  contacts: z.array(contactRow).max(20, { error: 'validation.tooBig' }).optional().default([]),
};

const documentField = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .refine((v) => detectDocument(v) !== null, { error: 'validation.document' })
  .transform((v) => ({ document: normalizeDocument(v), documentType: detectDocument(v)! }));

const tags = z
  .string()
  .optional()
  .transform((v) =>
    [...new Set((v ?? '').split(',').map((t) => t.trim().toLowerCase()).filter(Boolean))].slice(0, 20),
  );

export const customerFields = {
  document: documentField,
  name: z.string({ error: 'validation.required' }).trim().min(2, { error: 'validation.nameTooShort' }).max(160, { error: 'validation.tooBig' }),
  tradeName: text(160),
  stateRegistration: text(20),
  ...contactFields,
  representativeId: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.uuid({ error: 'validation.invalidOption' }).nullable()),
  companySize: z
    .union([z.literal(''), z.enum(COMPANY_SIZES, { error: 'validation.invalidOption' })])
    .optional()
    .transform((v) => (v ? v : null)),
  useType: z.enum(USE_TYPES, { error: 'validation.invalidOption' }).default('revenda'),
  tags,
  notes: text(2000),
  assets: z.array(assetRow).max(20, { error: 'validation.tooBig' }).optional().default([]),
};

export const createCustomerSchema = z.strictObject(customerFields);
export const updateCustomerSchema = z.strictObject({ id: z.uuid(), ...customerFields });
export type CustomerInput = z.output<typeof createCustomerSchema>;

export const updateOwnContactsSchema = z.strictObject(contactFields);

export const creditSchema = z.strictObject({
  id: z.uuid(),
  creditLimit: moneyCents(12),
});

export const blockCustomerSchema = z.strictObject({
  id: z.uuid(),
  reason: z.string({ error: 'validation.required' }).trim().min(3, { error: 'validation.reasonRequired' }).max(500, { error: 'validation.tooBig' }),
});
export const customerIdSchema = z.strictObject({ id: z.uuid() });

export const transferSchema = z.strictObject({
  customerIds: z
    .union([z.uuid(), z.array(z.uuid())], { error: 'validation.chooseCustomers' })
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.uuid()).min(1, { error: 'validation.chooseCustomers' }).max(5000)),
  representativeId: z.uuid({ error: 'validation.chooseRepresentative' }),
});

/** Filters of the customers table, from the query string. */
export const customerFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  rep: z.union([z.uuid(), z.literal('none')]).optional().catch(undefined),
  uf: z.enum(UFS).optional().catch(undefined),
  city: z.string().trim().max(80).optional().catch(undefined),
  size: z.enum(COMPANY_SIZES).optional().catch(undefined),
  use: z.enum(USE_TYPES).optional().catch(undefined),
  status: z.enum(['active', 'blocked']).optional().catch(undefined),
  tag: z.string().trim().toLowerCase().max(40).optional().catch(undefined),
  sort: z.enum(['name', 'uf', 'city', 'createdAt', 'creditLimit']).default('name').catch('name'),
  dir: z.enum(['asc', 'desc']).default('asc').catch('asc'),
  page: z.coerce.number().int().min(1).max(100000).default(1).catch(1),
});
export type CustomerFilter = z.infer<typeof customerFilterSchema>;
export const CUSTOMER_PAGE_SIZE = 20;
