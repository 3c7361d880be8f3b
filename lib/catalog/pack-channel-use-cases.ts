import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { channels, productPacks, products, productVariants } from '@/db/schema';
import { createChannelLocation, ensureLevels } from '@/lib/stock';
import { UFS } from '@/lib/crm/document';
import { regenerateAll } from '@/lib/pricing/generate';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import { defineUseCase } from '@/lib/server/use-case';
import { brandProduct } from './ownership';

/** "1 P, 2 M" or "P:1, M:2" → { P: 1, M: 2 }. */
export function parsePackQuantities(text: string): Record<string, number> | null {
  const out: Record<string, number> = {};
  for (const part of text.split(/[,;]+/).map((p) => p.trim()).filter(Boolean)) {
    const qtyFirst = /^(\d{1,3})\s*[x×]?\s*([A-Za-z0-9]{1,6})$/.exec(part);
    const sizeFirst = /^([A-Za-z0-9]{1,6})\s*[:=]\s*(\d{1,3})$/.exec(part);
    if (!qtyFirst && !sizeFirst) return null;
    const [size, qty] = qtyFirst ? [qtyFirst[2]!, Number(qtyFirst[1])] : [sizeFirst![1]!, Number(sizeFirst![2])];
    if (!qty) return null;
    out[size.toUpperCase()] = (out[size.toUpperCase()] ?? 0) + qty;
  }
  return Object.keys(out).length ? out : null;
}

/** A fixed pack ("grade fechada") of a product: only sizes the product has. */
export const addPack = defineUseCase({
  name: 'catalog.add_pack',
  permission: 'catalog.manage',
  schema: z.strictObject({
    productId: z.uuid(),
    name: z.string({ error: 'validation.required' }).trim().min(2, { error: 'validation.nameTooShort' }).max(60),
    quantities: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }),
  }),
  async run(ctx, input) {
    const [product] = await ctx.db.select({ id: products.id }).from(products).where(and(eq(products.id, input.productId), brandProduct()));
    if (!product) throw new NotFoundError();
    const quantities = parsePackQuantities(input.quantities);
    if (!quantities) throw new DomainError('validation.pack', 'quantities');
    const sizes = new Set((await ctx.db.select({ size: productVariants.size }).from(productVariants).where(eq(productVariants.productId, input.productId))).map((v) => v.size));
    if (Object.keys(quantities).some((s) => !sizes.has(s))) throw new DomainError('validation.packSizes', 'quantities');
    const [pack] = await ctx.db.insert(productPacks).values({ productId: input.productId, name: input.name, quantities }).returning({ id: productPacks.id });
    ctx.audit({ action: 'catalog.add_pack', entity: 'product', entityId: input.productId, after: { packId: pack!.id, name: input.name, quantities } });
    return { id: pack!.id };
  },
});

export const removePack = defineUseCase({
  name: 'catalog.remove_pack',
  permission: 'catalog.manage',
  schema: z.strictObject({ id: z.uuid() }),
  async run(ctx, input) {
    const [row] = await ctx.db.delete(productPacks).where(eq(productPacks.id, input.id)).returning();
    if (!row) throw new NotFoundError();
    ctx.audit({ action: 'catalog.remove_pack', entity: 'product', entityId: row.productId, before: row });
    return { id: row.id };
  },
});

/** A new shipping origin: empty stock for every variant, and its price lists in every scenario. */
export const createChannel = defineUseCase({
  name: 'catalog.create_channel',
  permission: 'pricing.manage',
  schema: z.strictObject({
    code: z.string({ error: 'validation.required' }).trim().toUpperCase().regex(/^[A-Z0-9-]{2,20}$/, { error: 'validation.reference' }),
    name: z.string({ error: 'validation.required' }).trim().min(2, { error: 'validation.nameTooShort' }).max(80),
    uf: z.enum(UFS, { error: 'validation.uf' }),
  }),
  async run(ctx, input) {
    const [clash] = await ctx.db.select({ id: channels.id }).from(channels).where(eq(channels.code, input.code));
    if (clash) throw new DomainError('validation.channelTaken', 'code');
    const [channel] = await ctx.db.insert(channels).values(input).returning({ id: channels.id });
    const variants = await ctx.db.select({ id: productVariants.id }).from(productVariants).innerJoin(products, and(eq(products.id, productVariants.productId), brandProduct()));
    await ensureLevels(ctx.db, [await createChannelLocation(ctx.db, channel!.id)], variants.map((v) => v.id));
    await regenerateAll(ctx.db);
    ctx.audit({ action: 'catalog.create_channel', entity: 'channel', entityId: channel!.id, after: input });
    return { id: channel!.id };
  },
});
