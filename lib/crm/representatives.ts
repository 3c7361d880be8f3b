import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbExecutor } from '@/db/client';
import { customers, representativeProfiles, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import type { Actor } from '@/lib/server/context';
import { NotFoundError } from '@/lib/server/errors';
import { defineUseCase } from '@/lib/server/use-case';
import { UFS } from './document';

/** Representatives with their terms and portfolio size. */
export async function listRepresentatives(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'representatives.manage');
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      status: users.status,
      commissionBps: sql<number>`coalesce(${representativeProfiles.commissionBps}, 0)::int`,
      ufs: sql<string[]>`coalesce(${representativeProfiles.ufs}, '{}'::text[])`,
      customers: sql<number>`(select count(*)::int from ${customers} where ${customers.representativeId} = ${users.id})`,
    })
    .from(users)
    .leftJoin(representativeProfiles, eq(representativeProfiles.userId, users.id))
    .where(eq(users.role, 'representante'))
    .orderBy(asc(users.name));
}

const ufList = z
  .string()
  .optional()
  .transform((v) => [...new Set((v ?? '').toUpperCase().split(/[\s,;]+/).filter(Boolean))].sort())
  .refine((list) => list.every((u) => (UFS as readonly string[]).includes(u)), { error: 'validation.ufList' });

export const updateRepresentativeSchema = z.strictObject({
  id: z.uuid(),
  commission: z
    .string({ error: 'validation.required' })
    .trim()
    .regex(/^\d{1,3}([.,]\d{1,2})?$/, { error: 'validation.commission' })
    .transform((v) => Math.round(Number(v.replace(',', '.')) * 100))
    .refine((bps) => bps <= 10000, { error: 'validation.commission' }),
  ufs: ufList,
});

/** Sets a representative's commission (stored in basis points) and the states they cover. */
export const updateRepresentative = defineUseCase({
  name: 'representatives.update',
  permission: 'representatives.manage',
  schema: updateRepresentativeSchema,
  async run(ctx, input) {
    const [rep] = await ctx.db.select({ id: users.id }).from(users).where(and(eq(users.id, input.id), eq(users.role, 'representante')));
    if (!rep) throw new NotFoundError();
    const [before] = await ctx.db.select().from(representativeProfiles).where(eq(representativeProfiles.userId, input.id));
    const after = { userId: input.id, commissionBps: input.commission, ufs: input.ufs, updatedAt: new Date() };
    await ctx.db.insert(representativeProfiles).values(after).onConflictDoUpdate({ target: representativeProfiles.userId, set: after });
    ctx.audit({ action: 'representatives.update', entity: 'representative', entityId: input.id, before: before ?? null, after });
    return { id: input.id };
  },
});
