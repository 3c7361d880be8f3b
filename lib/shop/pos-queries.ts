import 'server-only';
import { and, asc, desc, eq, ilike, isNull, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { parkedSales, productVariants, products, registerSessions, registers, shopConsumers, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import type { Actor } from '@/lib/server/context';
import { containsPattern } from '@/lib/server/search';
import { MIN_SEARCH_LENGTH } from '@/lib/search-length';
import type { CurrentShop } from './current';
import { posItemsQuery, type ConsumerHit, type PosItem } from './pos-items';

/**
 * The counter's search, among what the shop sells: a scanned EAN-13 or a typed SKU finds its variant
 * exactly (the scanner's Enter adds it at once); anything else searches SKU and product name.
 */
export async function posLookup(db: DbExecutor, actor: Actor, shop: CurrentShop, locationId: string | null, query: string, limit = 12): Promise<{ exact: boolean; items: PosItem[] }> {
  assertCan(actor, 'pos.sell');
  const q = query.trim();
  if (!q) return { exact: false, items: [] };
  const exact = await posItemsQuery(db, shop.id, locationId).where(or(eq(productVariants.ean, q), sql`lower(${productVariants.sku}) = lower(${q})`)).limit(2);
  if (exact.length === 1) return { exact: true, items: exact };
  if (q.length < MIN_SEARCH_LENGTH) return { exact: false, items: [] };
  const like = containsPattern(q);
  const items = await posItemsQuery(db, shop.id, locationId)
    .where(or(ilike(productVariants.sku, like), ilike(products.name, like)))
    .orderBy(asc(products.name), asc(productVariants.position), asc(productVariants.sku))
    .limit(limit);
  return { exact: false, items };
}

/** The shop's registers, each with its open session (if any): who opened it, when, with what float. */
export async function shopRegisters(db: DbExecutor, actor: Actor, shop: CurrentShop) {
  assertCan(actor, 'registers.operate');
  return db
    .select({
      id: registers.id,
      name: registers.name,
      locationId: registers.locationId,
      sessionId: registerSessions.id,
      openedAt: registerSessions.openedAt,
      floatCents: registerSessions.floatCents,
      openedBy: users.name,
    })
    .from(registers)
    .leftJoin(registerSessions, and(eq(registerSessions.registerId, registers.id), isNull(registerSessions.closedAt)))
    .leftJoin(users, eq(users.id, registerSessions.openedById))
    .where(and(eq(registers.shopId, shop.id), eq(registers.active, true)))
    .orderBy(asc(registers.name));
}

/** Carts put aside at this shop's counter, newest first. */
export async function parkedCarts(db: DbExecutor, actor: Actor, shop: CurrentShop) {
  assertCan(actor, 'pos.sell');
  return db
    .select({ id: parkedSales.id, label: parkedSales.label, lines: sql<number>`jsonb_array_length(${parkedSales.cart} -> 'lines')`.mapWith(Number), createdAt: parkedSales.createdAt })
    .from(parkedSales)
    .where(eq(parkedSales.shopId, shop.id))
    .orderBy(desc(parkedSales.createdAt))
    .limit(20);
}

/** The shop's consumers by CPF or phone (digits typed any way) or by name. */
export async function findConsumers(db: DbExecutor, actor: Actor, shop: CurrentShop, query: string): Promise<ConsumerHit[]> {
  assertCan(actor, 'shop.consumers');
  const q = query.trim();
  if (q.length < MIN_SEARCH_LENGTH) return [];
  const digits = q.replace(/\D/g, '');
  return db
    .select({ id: shopConsumers.id, name: shopConsumers.name, cpf: shopConsumers.cpf, phone: shopConsumers.phone, email: shopConsumers.email })
    .from(shopConsumers)
    .where(and(eq(shopConsumers.shopId, shop.id), or(ilike(shopConsumers.name, containsPattern(q)), digits.length >= 4 ? or(sql`${shopConsumers.cpf} like ${digits + '%'}`, sql`${shopConsumers.phone} like ${'%' + digits + '%'}`) : sql`false`)))
    .orderBy(asc(shopConsumers.name))
    .limit(8);
}
