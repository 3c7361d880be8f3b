import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { percentBps } from '@/lib/server/fields';
import { contracts, customerGroupMembers, customerGroups, customers, priceLists, products, salesScenarios, sizeScenarios, ufAdjustments, useTypeDefaults } from '@/db/schema';
import { brandProduct } from '@/lib/catalog/ownership';
import { UFS } from '@/lib/crm/document';
import { COMPANY_SIZES, USE_TYPES } from '@/lib/crm/schemas';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import { defineUseCase } from '@/lib/server/use-case';
import { generateScenario, overridePrice, regenerateAll } from './generate';
import { ROUNDING_RULES } from './rounding';
import { parseMoneyCents } from '@/lib/money';

/** "115,5" → 11550 basis points. */
const percent = (max: number) => percentBps(max, true);

const scenarioFields = {
  name: z.string({ error: 'validation.required' }).trim().min(2, { error: 'validation.nameTooShort' }).max(60, { error: 'validation.tooBig' }),
  factor: percent(1000).refine((bps) => bps > 0, { error: 'validation.percent' }),
  rounding: z.enum(ROUNDING_RULES, { error: 'validation.invalidOption' }),
};

async function assertNameFree(db: Parameters<typeof generateScenario>[0], name: string, exceptId?: string) {
  const [clash] = await db.select({ id: salesScenarios.id }).from(salesScenarios).where(eq(salesScenarios.name, name));
  if (clash && clash.id !== exceptId) throw new DomainError('validation.scenarioTaken', 'name');
}

/** A new scenario, with its 27 groups, its lists per UF × channel and their prices. */
export const createScenario = defineUseCase({
  name: 'pricing.create_scenario',
  permission: 'pricing.manage',
  schema: z.strictObject(scenarioFields),
  async run(ctx, input) {
    await assertNameFree(ctx.db, input.name);
    const [s] = await ctx.db.insert(salesScenarios).values({ name: input.name, factorBps: input.factor, rounding: input.rounding }).returning({ id: salesScenarios.id });
    const generated = await generateScenario(ctx.db, s!.id);
    ctx.audit({ action: 'pricing.create_scenario', entity: 'sales_scenario', entityId: s!.id, after: { ...input, ...generated } });
    return { id: s!.id, ...generated };
  },
});

/** Changing a scenario regenerates it; prices edited by hand stay. */
export const updateScenario = defineUseCase({
  name: 'pricing.update_scenario',
  permission: 'pricing.manage',
  schema: z.strictObject({ id: z.uuid(), ...scenarioFields }),
  async run(ctx, input) {
    const [before] = await ctx.db.select().from(salesScenarios).where(eq(salesScenarios.id, input.id)).for('update');
    if (!before) throw new NotFoundError();
    await assertNameFree(ctx.db, input.name, input.id);
    await ctx.db.update(salesScenarios).set({ name: input.name, factorBps: input.factor, rounding: input.rounding, updatedAt: new Date() }).where(eq(salesScenarios.id, input.id));
    const generated = await generateScenario(ctx.db, input.id);
    ctx.audit({ action: 'pricing.update_scenario', entity: 'sales_scenario', entityId: input.id, before, after: { ...input, ...generated } });
    return { id: input.id, ...generated };
  },
});

const optionalScenario = z.union([z.literal(''), z.uuid()]).transform((v) => v || null);

/**
 * "Configurações avançadas": the scenario of a company size, and the system default of a use type.
 * Only the settings the request carries change (a field sent empty clears its setting); a request
 * that carries none is refused, so a partial post can never wipe the configuration. Every changed
 * setting is audited with its value before and after.
 */
export const setAdvancedPricing = defineUseCase({
  name: 'pricing.advanced',
  permission: 'pricing.manage',
  schema: z.strictObject({
    sizes: z.strictObject(Object.fromEntries(COMPANY_SIZES.map((s) => [s, optionalScenario.optional()])) as Record<(typeof COMPANY_SIZES)[number], z.ZodOptional<typeof optionalScenario>>).optional(),
    useTypes: z.strictObject(Object.fromEntries(USE_TYPES.map((u) => [u, optionalScenario.optional()])) as Record<(typeof USE_TYPES)[number], z.ZodOptional<typeof optionalScenario>>).optional(),
  }),
  async run(ctx, input) {
    const sent = {
      sizes: Object.entries(input.sizes ?? {}).filter(([, v]) => v !== undefined) as [(typeof COMPANY_SIZES)[number], string | null][],
      useTypes: Object.entries(input.useTypes ?? {}).filter(([, v]) => v !== undefined) as [(typeof USE_TYPES)[number], string | null][],
    };
    if (!sent.sizes.length && !sent.useTypes.length) throw new DomainError('errors.invalidInput');
    const ids = [...sent.sizes, ...sent.useTypes].map(([, v]) => v).filter((v): v is string => Boolean(v));
    if (ids.length) {
      const found = await ctx.db.select({ id: salesScenarios.id }).from(salesScenarios).where(inArray(salesScenarios.id, ids));
      if (new Set(found.map((f) => f.id)).size !== new Set(ids).size) throw new DomainError('validation.invalidOption');
    }
    const [sizeRows, defaultRows] = await Promise.all([ctx.db.select().from(sizeScenarios), ctx.db.select().from(useTypeDefaults)]);
    const current = {
      sizes: Object.fromEntries(sizeRows.map((r) => [r.companySize, r.scenarioId])) as Record<string, string | undefined>,
      useTypes: Object.fromEntries(defaultRows.map((r) => [r.useType, r.scenarioId])) as Record<string, string | undefined>,
    };
    const before: { sizes: Record<string, string | null>; useTypes: Record<string, string | null> } = { sizes: {}, useTypes: {} };
    const after: typeof before = { sizes: {}, useTypes: {} };
    for (const [size, scenarioId] of sent.sizes) {
      if ((current.sizes[size] ?? null) === scenarioId) continue;
      before.sizes[size] = current.sizes[size] ?? null;
      after.sizes[size] = scenarioId;
      await ctx.db.delete(sizeScenarios).where(eq(sizeScenarios.companySize, size));
      if (scenarioId) await ctx.db.insert(sizeScenarios).values({ companySize: size, scenarioId });
    }
    for (const [useType, scenarioId] of sent.useTypes) {
      if ((current.useTypes[useType] ?? null) === scenarioId) continue;
      before.useTypes[useType] = current.useTypes[useType] ?? null;
      after.useTypes[useType] = scenarioId;
      await ctx.db.delete(useTypeDefaults).where(eq(useTypeDefaults.useType, useType));
      if (scenarioId) await ctx.db.insert(useTypeDefaults).values({ useType, scenarioId });
    }
    ctx.audit({ action: 'pricing.advanced', entity: 'pricing_settings', before, after });
    return { ok: true };
  },
});

/** Edits the adjustment between two UFs and reprices every list that uses it (hand-edited prices stay). */
export const setAdjustment = defineUseCase({
  name: 'pricing.adjustment',
  permission: 'pricing.manage',
  schema: z.strictObject({ originUf: z.enum(UFS), destUf: z.enum(UFS), adjustment: percent(100) }),
  async run(ctx, input) {
    const [before] = await ctx.db.select().from(ufAdjustments).where(and(eq(ufAdjustments.originUf, input.originUf), eq(ufAdjustments.destUf, input.destUf)));
    await ctx.db
      .insert(ufAdjustments)
      .values({ originUf: input.originUf, destUf: input.destUf, adjustmentBps: input.adjustment })
      .onConflictDoUpdate({ target: [ufAdjustments.originUf, ufAdjustments.destUf], set: { adjustmentBps: input.adjustment } });
    await regenerateAll(ctx.db);
    ctx.audit({ action: 'pricing.adjustment', entity: 'uf_adjustment', entityId: `${input.originUf}>${input.destUf}`, before: before ?? null, after: input });
    return { ok: true };
  },
});

/** Adds customers to a group; one already in a group is refused by the database and reported by name. */
export const addGroupMembers = defineUseCase({
  name: 'pricing.group_add',
  permission: 'pricing.manage',
  schema: z.strictObject({
    groupId: z.uuid(),
    customerIds: z
      .union([z.uuid(), z.array(z.uuid())], { error: 'validation.pickCustomers' })
      .transform((v) => (Array.isArray(v) ? v : [v]))
      .pipe(z.array(z.uuid()).min(1, { error: 'validation.pickCustomers' })),
  }),
  async run(ctx, input) {
    const [group] = await ctx.db.select({ id: customerGroups.id }).from(customerGroups).where(eq(customerGroups.id, input.groupId));
    if (!group) throw new NotFoundError();
    const existing = await ctx.db.select({ id: customers.id, name: customers.name }).from(customers).where(inArray(customers.id, input.customerIds));
    if (existing.length !== new Set(input.customerIds).size) throw new NotFoundError();
    const inserted = await ctx.db
      .insert(customerGroupMembers)
      .values(input.customerIds.map((customerId) => ({ customerId, groupId: input.groupId })))
      .onConflictDoNothing()
      .returning({ customerId: customerGroupMembers.customerId });
    if (inserted.length !== input.customerIds.length) {
      // The picker offers every customer: the refusal (nothing is added) names the ones already in a group.
      const added = new Set(inserted.map((m) => m.customerId));
      const names = existing.filter((c) => !added.has(c.id)).map((c) => c.name);
      throw new DomainError('pricing.alreadyInGroup', undefined, { names: names.join(', ') });
    }
    for (const m of inserted) ctx.audit({ action: 'pricing.group_add', entity: 'customer', entityId: m.customerId, after: { groupId: input.groupId } });
    return { added: inserted.length };
  },
});

export const removeGroupMember = defineUseCase({
  name: 'pricing.group_remove',
  permission: 'pricing.manage',
  schema: z.strictObject({ customerId: z.uuid() }),
  async run(ctx, input) {
    const [row] = await ctx.db.delete(customerGroupMembers).where(eq(customerGroupMembers.customerId, input.customerId)).returning();
    if (!row) throw new NotFoundError();
    ctx.audit({ action: 'pricing.group_remove', entity: 'customer', entityId: input.customerId, before: { groupId: row.groupId } });
    return { ok: true };
  },
});

/** A hand-edited price in one list (blank clears the override and the next regeneration recomputes it). */
export const setListPrice = defineUseCase({
  name: 'pricing.override',
  permission: 'pricing.manage',
  schema: z.strictObject({
    priceListId: z.uuid(),
    productId: z.uuid(),
    price: z
      .string()
      .trim()
      .refine((v) => v === '' || parseMoneyCents(v, 9) !== null, { error: 'validation.money' })
      .transform((v) => (v === '' ? null : parseMoneyCents(v, 9))),
  }),
  async run(ctx, input) {
    const [list] = await ctx.db.select({ id: priceLists.id, scenarioId: priceLists.scenarioId }).from(priceLists).where(eq(priceLists.id, input.priceListId));
    if (!list) throw new NotFoundError();
    const [product] = await ctx.db.select({ id: products.id }).from(products).where(and(eq(products.id, input.productId), brandProduct()));
    if (!product) throw new DomainError('validation.invalidOption', 'productId');
    await overridePrice(ctx.db, input.priceListId, input.productId, input.price);
    if (input.price === null) await generateScenario(ctx.db, list.scenarioId);
    ctx.audit({ action: 'pricing.override', entity: 'price_list', entityId: input.priceListId, after: { productId: input.productId, priceCents: input.price } });
    return { ok: true };
  },
});

/** Points a group's contract for a channel at a price list (of that channel), optionally for a period. */
export const updateContract = defineUseCase({
  name: 'pricing.contract',
  permission: 'pricing.manage',
  schema: z
    .strictObject({
      id: z.uuid(),
      priceListId: z.uuid({ error: 'validation.invalidOption' }),
      validFrom: z.union([z.literal(''), z.iso.date({ error: 'validation.date' })]).transform((v) => v || null),
      validTo: z.union([z.literal(''), z.iso.date({ error: 'validation.date' })]).transform((v) => v || null),
    })
    .refine((v) => !v.validFrom || !v.validTo || v.validFrom <= v.validTo, { path: ['validTo'], error: 'validation.dateOrder' }),
  async run(ctx, input) {
    const [contract] = await ctx.db.select().from(contracts).where(eq(contracts.id, input.id)).for('update');
    if (!contract) throw new NotFoundError();
    const [list] = await ctx.db.select({ channelId: priceLists.channelId }).from(priceLists).where(eq(priceLists.id, input.priceListId));
    if (!list || list.channelId !== contract.channelId) throw new DomainError('validation.invalidOption', 'priceListId');
    await ctx.db.update(contracts).set({ priceListId: input.priceListId, validFrom: input.validFrom, validTo: input.validTo }).where(eq(contracts.id, input.id));
    ctx.audit({ action: 'pricing.contract', entity: 'contract', entityId: input.id, before: contract, after: input });
    return { id: input.id };
  },
});
