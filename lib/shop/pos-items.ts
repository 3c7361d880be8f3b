import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { productImages, productVariants, products, shopProducts, shops, stockLevels } from '@/db/schema';
import { retailPriceSql } from '@/lib/pricing/retail';

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

/** A consumer of the shop, as the counter finds and shows it. */
export type ConsumerHit = { id: string; name: string; cpf: string | null; phone: string | null; email: string | null };

/** What the counter may sell: the brand's products the shop has, and its own while they are active. */
export const sellableProduct = () => sql`(${products.shopId} IS NULL OR ${products.active})`;

/** The variants a shop sells, as PosItems, with stock at `locationId`; the caller adds its WHERE. */
export function posItemsQuery(db: DbExecutor, shopId: string, locationId: string | null) {
  return db
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
    // The shop's own products it marked inactive leave the counter (the brand's stay while the shop has them).
    .innerJoin(products, and(eq(products.id, productVariants.productId), sellableProduct()))
    .innerJoin(shopProducts, and(eq(shopProducts.productId, products.id), eq(shopProducts.shopId, shopId)))
    .innerJoin(shops, eq(shops.id, shopProducts.shopId))
    .leftJoin(stockLevels, and(eq(stockLevels.variantId, productVariants.id), locationId ? eq(stockLevels.locationId, locationId) : sql`false`))
    .$dynamic();
}

/** The PosItems of given variants (a parked cart coming back), in the shop's assortment only. */
export async function posItemsByIds(db: DbExecutor, shopId: string, locationId: string | null, variantIds: string[]): Promise<PosItem[]> {
  if (!variantIds.length) return [];
  return posItemsQuery(db, shopId, locationId).where(inArray(productVariants.id, variantIds));
}
