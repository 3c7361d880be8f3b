import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { discountLimits, orderMinimumsByUf, orderSettings, paymentTerms } from '@/db/schema';
import { UFS } from '@/lib/crm/document';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import { moneyCents, percentBps } from '@/lib/server/fields';
import { defineUseCase } from '@/lib/server/use-case';
import { loadConditions } from './settings';

/** The roles that build or approve orders, each with its own discount ceiling. */
export const DISCOUNT_ROLES = ['lojista', 'representante', 'comercial', 'admin'] as const;

export const saveOrderSettings = defineUseCase({
  name: 'orders.settings',
  permission: 'orders.conditions',
  schema: z.strictObject({
    minOrder: moneyCents(9),
    quantityMultiple: z.coerce.number({ error: 'validation.quantity' }).int({ error: 'validation.quantity' }).min(1, { error: 'validation.quantity' }).max(1000, { error: 'validation.quantity' }),
    maxDiscount: z.strictObject(Object.fromEntries(DISCOUNT_ROLES.map((r) => [r, percentBps(100)])) as Record<(typeof DISCOUNT_ROLES)[number], ReturnType<typeof percentBps>>),
  }),
  async run(ctx, input) {
    const before = await loadConditions(ctx.db);
    await ctx.db
      .insert(orderSettings)
      .values({ id: 1, minOrderCents: input.minOrder, quantityMultiple: input.quantityMultiple })
      .onConflictDoUpdate({ target: orderSettings.id, set: { minOrderCents: input.minOrder, quantityMultiple: input.quantityMultiple, updatedAt: new Date() } });
    for (const role of DISCOUNT_ROLES) {
      await ctx.db
        .insert(discountLimits)
        .values({ role, maxDiscountBps: input.maxDiscount[role] })
        .onConflictDoUpdate({ target: discountLimits.role, set: { maxDiscountBps: input.maxDiscount[role] } });
    }
    ctx.audit({
      action: 'orders.settings',
      entity: 'order_settings',
      entityId: '1',
      before: { minOrderCents: before.minOrderCents, quantityMultiple: before.quantityMultiple, maxDiscountBps: before.maxDiscountBps },
      after: { minOrderCents: input.minOrder, quantityMultiple: input.quantityMultiple, maxDiscountBps: input.maxDiscount },
    });
    return { ok: true };
  },
});

export const setUfMinimum = defineUseCase({
  name: 'orders.uf_minimum',
  permission: 'orders.conditions',
  schema: z.strictObject({ uf: z.enum(UFS, { error: 'validation.invalidOption' }), minOrder: moneyCents(9) }),
  async run(ctx, input) {
    await ctx.db
      .insert(orderMinimumsByUf)
      .values({ uf: input.uf, minOrderCents: input.minOrder })
      .onConflictDoUpdate({ target: orderMinimumsByUf.uf, set: { minOrderCents: input.minOrder } });
    ctx.audit({ action: 'orders.uf_minimum', entity: 'order_settings', entityId: input.uf, after: { minOrderCents: input.minOrder } });
    return { uf: input.uf };
  },
});

export const removeUfMinimum = defineUseCase({
  name: 'orders.uf_minimum_remove',
  permission: 'orders.conditions',
  schema: z.strictObject({ uf: z.enum(UFS, { error: 'validation.invalidOption' }) }),
  async run(ctx, input) {
    const [row] = await ctx.db.delete(orderMinimumsByUf).where(eq(orderMinimumsByUf.uf, input.uf)).returning();
    if (!row) throw new NotFoundError();
    ctx.audit({ action: 'orders.uf_minimum_remove', entity: 'order_settings', entityId: input.uf, before: { minOrderCents: row.minOrderCents } });
    return { uf: input.uf };
  },
});

/** "30/60/90" → [30, 60, 90]; "0" is cash ("à vista"). */
export function parseInstallmentDays(text: string): number[] | null {
  const parts = text.split(/[\s/;,+-]+/).filter(Boolean);
  if (!parts.length || parts.length > 24) return null;
  const days = parts.map(Number);
  if (days.some((d) => !Number.isInteger(d) || d < 0 || d > 365)) return null;
  if (days.some((d, i) => i > 0 && d <= days[i - 1]!)) return null;
  return days;
}

export const addPaymentTerm = defineUseCase({
  name: 'orders.payment_term_add',
  permission: 'orders.conditions',
  schema: z.strictObject({
    name: z.string({ error: 'validation.required' }).trim().min(2, { error: 'validation.required' }).max(60, { error: 'validation.tooBig' }),
    days: z.string({ error: 'validation.required' }).trim().transform((v, c) => {
      const days = parseInstallmentDays(v);
      if (!days) c.addIssue({ code: 'custom', message: 'validation.installments' });
      return days ?? [];
    }),
  }),
  async run(ctx, input) {
    const [existing] = await ctx.db.select({ id: paymentTerms.id }).from(paymentTerms).where(sql`lower(${paymentTerms.name}) = lower(${input.name})`);
    if (existing) throw new DomainError('orders.errors.termExists', 'name');
    const [{ next } = { next: 0 }] = await ctx.db.select({ next: sql<number>`coalesce(max(${paymentTerms.position}) + 1, 0)::int` }).from(paymentTerms);
    const [row] = await ctx.db.insert(paymentTerms).values({ name: input.name, days: input.days, position: next }).returning();
    ctx.audit({ action: 'orders.payment_term_add', entity: 'payment_term', entityId: row!.id, after: input });
    return { id: row!.id };
  },
});

/** Terms are never deleted (orders refer to them): they are switched off and on. */
export const togglePaymentTerm = defineUseCase({
  name: 'orders.payment_term_toggle',
  permission: 'orders.conditions',
  schema: z.strictObject({ id: z.uuid() }),
  async run(ctx, input) {
    const [row] = await ctx.db
      .update(paymentTerms)
      .set({ active: sql`NOT ${paymentTerms.active}` })
      .where(eq(paymentTerms.id, input.id))
      .returning();
    if (!row) throw new NotFoundError();
    ctx.audit({ action: 'orders.payment_term_toggle', entity: 'payment_term', entityId: row.id, after: { active: row.active } });
    return { active: row.active };
  },
});
