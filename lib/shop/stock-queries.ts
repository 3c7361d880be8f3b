import 'server-only';
import { and, asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbExecutor } from '@/db/client';
import { productVariants, products, shopProducts, stockLedger, stockLevels, stockLocations, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import type { Actor } from '@/lib/server/context';
import { containsPattern } from '@/lib/server/search';
import type { CurrentShop } from './current';
import { shopRecordScope } from './scope';

/* The shop's stock as its pages read it: levels, locations, the ledger and the assortment's prices. */

export const STOCK_PAGE_SIZE = 20;
export const stockFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  baixo: z.literal('1').optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10000).catch(1),
});
export type StockFilter = z.infer<typeof stockFilterSchema>;

/** The shop's stock per location and variant of its assortment, with minimum and supplier; filtered and paged. */
export async function shopStockList(db: DbExecutor, actor: Actor, shop: CurrentShop, f: StockFilter) {
  assertCan(actor, 'shop.stock');
  const where = and(
    shopRecordScope(actor, stockLocations.shopId),
    eq(stockLocations.shopId, shop.id),
    f.q ? or(ilike(products.name, containsPattern(f.q)), ilike(productVariants.sku, containsPattern(f.q)), eq(productVariants.ean, f.q)) : undefined,
    f.baixo ? sql`${stockLevels.minimum} > 0 AND ${stockLevels.onHand} <= ${stockLevels.minimum}` : undefined,
  );
  // One statement: the page and, on every row, the count of all that matched.
  const rows = await db
    .select({
      locationId: stockLevels.locationId,
      location: stockLocations.name,
      variantId: productVariants.id,
      productId: products.id,
      product: products.name,
      color: productVariants.colorName,
      size: productVariants.size,
      sku: productVariants.sku,
      ean: productVariants.ean,
      onHand: stockLevels.onHand,
      minimum: stockLevels.minimum,
      supplierId: shopProducts.supplierId,
      /** The shop's own product (no brand to reorder it from). */
      own: sql<boolean>`${products.shopId} IS NOT NULL`,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(stockLevels)
    .innerJoin(stockLocations, eq(stockLocations.id, stockLevels.locationId))
    .innerJoin(productVariants, eq(productVariants.id, stockLevels.variantId))
    .innerJoin(products, eq(products.id, productVariants.productId))
    .innerJoin(shopProducts, and(eq(shopProducts.productId, products.id), eq(shopProducts.shopId, shop.id)))
    .where(where)
    .orderBy(asc(products.name), asc(products.id), asc(productVariants.position), asc(productVariants.sku), asc(stockLocations.createdAt))
    .limit(STOCK_PAGE_SIZE)
    .offset((f.page - 1) * STOCK_PAGE_SIZE);
  return { rows, total: rows[0]?.total ?? 0, page: f.page, pageSize: STOCK_PAGE_SIZE };
}
export type ShopStockRow = Awaited<ReturnType<typeof shopStockList>>['rows'][number];

export const PRICES_PAGE_SIZE = 25;
export const pricesFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10000).catch(1),
});

/** The shop's assortment with what it paid, the price it charges (its own or cost + markup) and whether that price is its own. */
export async function shopPriceList(db: DbExecutor, actor: Actor, shop: CurrentShop, f: z.infer<typeof pricesFilterSchema>) {
  assertCan(actor, 'shop.prices');
  const rows = await db
    .select({
      productId: products.id,
      reference: products.reference,
      name: products.name,
      costCents: shopProducts.costCents,
      priceCents: shopProducts.priceCents,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(shopProducts)
    .innerJoin(products, eq(products.id, shopProducts.productId))
    .where(and(eq(shopProducts.shopId, shop.id), shopRecordScope(actor, shopProducts.shopId), f.q ? or(ilike(products.name, containsPattern(f.q)), ilike(products.reference, containsPattern(f.q))) : undefined))
    .orderBy(asc(products.name), asc(products.id))
    .limit(PRICES_PAGE_SIZE)
    .offset((f.page - 1) * PRICES_PAGE_SIZE);
  return { rows, total: rows[0]?.total ?? 0, page: f.page, pageSize: PRICES_PAGE_SIZE };
}
export type ShopPriceRow = Awaited<ReturnType<typeof shopPriceList>>['rows'][number];

/** The shop's stock locations, oldest first (the first receives deliveries). */
export async function shopLocations(db: DbExecutor, actor: Actor, shop: CurrentShop) {
  assertCan(actor, 'shop.stock');
  return db
    .select({ id: stockLocations.id, name: sql<string>`coalesce(${stockLocations.name}, '—')` })
    .from(stockLocations)
    .where(and(eq(stockLocations.shopId, shop.id), shopRecordScope(actor, stockLocations.shopId)))
    .orderBy(asc(stockLocations.createdAt), asc(stockLocations.id));
}

export const LEDGER_PAGE_SIZE = 25;
export const ledgerFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10000).catch(1),
});

/** The shop's stock ledger, newest first: every sale, void, receipt, adjustment and transfer at its locations, with who and why. */
export async function shopLedger(db: DbExecutor, actor: Actor, shop: CurrentShop, f: z.infer<typeof ledgerFilterSchema>) {
  assertCan(actor, 'shop.stock');
  const rows = await db
    .select({
      id: stockLedger.id,
      at: stockLedger.at,
      kind: stockLedger.kind,
      quantity: stockLedger.quantity,
      reason: stockLedger.reason,
      saleId: stockLedger.saleId,
      location: stockLocations.name,
      sku: productVariants.sku,
      item: sql<string>`${products.name} || ' — ' || ${productVariants.colorName} || ' ' || ${productVariants.size}`,
      actor: users.name,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(stockLedger)
    .innerJoin(stockLocations, eq(stockLocations.id, stockLedger.locationId))
    .innerJoin(productVariants, eq(productVariants.id, stockLedger.variantId))
    .innerJoin(products, eq(products.id, productVariants.productId))
    .leftJoin(users, eq(users.id, stockLedger.actorId))
    .where(and(eq(stockLocations.shopId, shop.id), shopRecordScope(actor, stockLocations.shopId), f.q ? or(ilike(productVariants.sku, containsPattern(f.q)), ilike(products.name, containsPattern(f.q))) : undefined))
    .orderBy(desc(stockLedger.at), desc(stockLedger.id))
    .limit(LEDGER_PAGE_SIZE)
    .offset((f.page - 1) * LEDGER_PAGE_SIZE);
  return { rows, total: rows[0]?.total ?? 0, page: f.page, pageSize: LEDGER_PAGE_SIZE };
}
export type ShopLedgerRow = Awaited<ReturnType<typeof shopLedger>>['rows'][number];
