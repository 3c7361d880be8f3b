import 'server-only';
import { and, asc, desc, eq, ilike, isNull, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { parkedSales, productImages, productVariants, products, registerSessions, registers, shopConsumers, shopProducts, shops, stockLevels, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import { retailPriceSql } from '@/lib/pricing/retail';
import type { Actor } from '@/lib/server/context';
import { containsPattern } from '@/lib/server/search';
import { MIN_SEARCH_LENGTH } from '@/lib/search-length';
import type { CurrentShop } from './current';

/** One variant as the counter sees it: what to call it, what it costs the consumer and how many are at the register's location. */
export type PosItem = {
  variantId: string;
  sku: string;
  ean: string | null;
  description: string;
  unitPriceCents: number;
  onHand: number;
  imageId: string | null;
  category: string | null;
};

/**
 * The counter's search, among what the shop sells: a scanned EAN-13 or a typed SKU finds its variant
 * exactly (the scanner's Enter adds it at once); anything else searches SKU and product name.
 */
export async function posLookup(db: DbExecutor, actor: Actor, shop: CurrentShop, locationId: string | null, query: string, limit = 12): Promise<{ exact: boolean; items: PosItem[] }> {
  assertCan(actor, 'pos.sell');
  const q = query.trim();
  if (!q) return { exact: false, items: [] };
  const base = db
    .select({
      variantId: productVariants.id,
      sku: productVariants.sku,
      ean: productVariants.ean,
      description: sql<string>`${products.name} || ' — ' || ${productVariants.colorName} || ' ' || ${productVariants.size}`,
      unitPriceCents: retailPriceSql,
      onHand: sql<number>`coalesce(${stockLevels.onHand}, 0)`.mapWith(Number),
      imageId: sql<string | null>`(select ${productImages.id} from ${productImages} where ${productImages.productId} = ${products.id} order by ${productImages.position} limit 1)`,
      category: products.category,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .innerJoin(shopProducts, and(eq(shopProducts.productId, products.id), eq(shopProducts.shopId, shop.id)))
    .innerJoin(shops, eq(shops.id, shopProducts.shopId))
    .leftJoin(stockLevels, and(eq(stockLevels.variantId, productVariants.id), locationId ? eq(stockLevels.locationId, locationId) : sql`false`));
  const exact = await base.where(or(eq(productVariants.ean, q), sql`lower(${productVariants.sku}) = lower(${q})`)).limit(2);
  if (exact.length === 1) return { exact: true, items: exact };
  if (q.length < MIN_SEARCH_LENGTH) return { exact: false, items: [] };
  const like = containsPattern(q);
  const items = await base.where(or(ilike(productVariants.sku, like), ilike(products.name, like))).orderBy(asc(products.name), asc(productVariants.position), asc(productVariants.sku)).limit(limit);
  return { exact: false, items };
}

/** The shop's registers, each with its open session (if any): who opened it, when, with what float. */
export async function shopRegisters(db: DbExecutor, actor: Actor, shop: CurrentShop) {
  assertCan(actor, 'registers.operate');
  return db
    .select({
      id: registers.id,
      name: registers.name,
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

export type ConsumerHit = { id: string; name: string; cpf: string | null; phone: string | null; email: string | null };

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
