import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { customerGroups, customers, productRestrictions, products } from '@/db/schema';
import { UFS } from '@/lib/crm/document';
import { COMPANY_SIZES } from '@/lib/crm/schemas';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import { defineUseCase } from '@/lib/server/use-case';
import { isUuid } from '@/lib/server/ids';
import { brandProduct } from './ownership';

const restrictionSchema = z.strictObject({
  targetKind: z.enum(['product', 'category', 'collection'], { error: 'validation.invalidOption' }),
  targetValue: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(120),
  audienceKind: z.enum(['customer', 'group', 'uf', 'size'], { error: 'validation.invalidOption' }),
  audienceValue: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(120),
});

/** Hides a product, category or collection from a customer, group, UF or company size. */
export const addRestriction = defineUseCase({
  name: 'catalog.restrict',
  permission: 'catalog.manage',
  schema: restrictionSchema,
  async run(ctx, input) {
    const targetOk =
      input.targetKind === 'product'
        ? isUuid(input.targetValue) && (await ctx.db.select({ id: products.id }).from(products).where(and(eq(products.id, input.targetValue), brandProduct()))).length > 0
        : (await ctx.db.select({ id: products.id }).from(products).where(and(brandProduct(), eq(input.targetKind === 'category' ? products.category : products.collection, input.targetValue))).limit(1)).length > 0;
    if (!targetOk) throw new DomainError('validation.invalidOption', 'targetValue');
    const audienceOk =
      input.audienceKind === 'customer'
        ? isUuid(input.audienceValue) && (await ctx.db.select({ id: customers.id }).from(customers).where(eq(customers.id, input.audienceValue))).length > 0
        : input.audienceKind === 'group'
          ? isUuid(input.audienceValue) && (await ctx.db.select({ id: customerGroups.id }).from(customerGroups).where(eq(customerGroups.id, input.audienceValue))).length > 0
          : input.audienceKind === 'uf'
            ? (UFS as readonly string[]).includes(input.audienceValue)
            : (COMPANY_SIZES as readonly string[]).includes(input.audienceValue);
    if (!audienceOk) throw new DomainError('validation.invalidOption', 'audienceValue');
    const [row] = await ctx.db.insert(productRestrictions).values(input).onConflictDoNothing().returning({ id: productRestrictions.id });
    if (!row) throw new DomainError('catalog.restrictions.exists');
    ctx.audit({ action: 'catalog.restrict', entity: 'product_restriction', entityId: row.id, after: input });
    return { id: row.id };
  },
});

export const removeRestriction = defineUseCase({
  name: 'catalog.unrestrict',
  permission: 'catalog.manage',
  schema: z.strictObject({ id: z.uuid() }),
  async run(ctx, input) {
    const [row] = await ctx.db.delete(productRestrictions).where(eq(productRestrictions.id, input.id)).returning();
    if (!row) throw new NotFoundError();
    ctx.audit({ action: 'catalog.unrestrict', entity: 'product_restriction', entityId: row.id, before: row });
    return { id: row.id };
  },
});
