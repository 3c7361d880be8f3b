import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbExecutor } from '@/db/client';
import { customers, representativeProfiles, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import type { Actor } from '@/lib/server/context';
import { NotFoundError } from '@/lib/server/errors';
import { containsPattern } from '@/lib/server/search';
import { defineUseCase } from '@/lib/server/use-case';
import { UFS } from './document';

export const REPRESENTATIVE_PAGE_SIZE = 20;

/** The representatives list's search and page, read from the URL (bad values are dropped). */
export const representativeFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10000).catch(1),
});
export type RepresentativeFilter = z.infer<typeof representativeFilterSchema>;

/** The representatives by name, a page at a time, found by part of the name or e-mail; each with its commission, states and portfolio size. */
export async function listRepresentatives(db: DbExecutor, actor: Actor, f: RepresentativeFilter = { page: 1 }) {
  assertCan(actor, 'representatives.manage');
  const like = f.q ? containsPattern(f.q) : undefined;
  const where = and(eq(users.role, 'representante'), like ? or(ilike(users.name, like), ilike(users.email, like)) : undefined);
  const [rows, [count]] = await Promise.all([
    db
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
      .where(where)
      .orderBy(asc(users.name), asc(users.id))
      .limit(REPRESENTATIVE_PAGE_SIZE)
      .offset((f.page - 1) * REPRESENTATIVE_PAGE_SIZE),
    db.select({ n: sql<number>`count(*)::int` }).from(users).where(where),
  ]);
  return { rows, total: count?.n ?? 0, page: f.page, pageSize: REPRESENTATIVE_PAGE_SIZE };
}
export type RepresentativeRow = Awaited<ReturnType<typeof listRepresentatives>>['rows'][number];

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
