import { asc, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { shops } from '@/db/schema';
import type { Actor } from '@/lib/server/context';
import { DomainError } from '@/lib/server/errors';
import { shopScope } from './scope';

export type CurrentShop = typeof shops.$inferSelect;

/**
 * The shop a person works in right now: a clerk's own shop; an owner's chosen shop (users.shop_id),
 * or its first one. Always read through shopScope, so a stale or foreign choice falls back instead of leaking.
 */
export async function currentShop(db: DbExecutor, actor: Actor, options: { lock?: boolean } = {}): Promise<CurrentShop> {
  const shop = await findCurrentShop(db, actor, options);
  if (!shop) throw new DomainError('shop.errors.noShop');
  return shop;
}

/** The same, or null for someone who works in no shop (a page says so instead of failing). */
export async function findCurrentShop(db: DbExecutor, actor: Actor, options: { lock?: boolean } = {}): Promise<CurrentShop | null> {
  if (actor.role !== 'lojista' && actor.role !== 'usuario') return null;
  const preferred = actor.shopId ? sql`(${shops.id} = ${actor.shopId}) DESC,` : sql``;
  const query = db
    .select()
    .from(shops)
    .where(shopScope(actor))
    .orderBy(sql`${preferred} ${shops.createdAt} ASC, ${shops.name} ASC, ${shops.id} ASC`)
    .limit(1);
  const [shop] = options.lock ? await query.for('update') : await query;
  return shop ?? null;
}

/** The shops an owner may switch between (a clerk has one). */
export async function shopChoices(db: DbExecutor, actor: Actor) {
  return db.select({ id: shops.id, name: shops.name }).from(shops).where(shopScope(actor)).orderBy(asc(shops.createdAt), asc(shops.name), asc(shops.id));
}
