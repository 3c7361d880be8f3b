import 'server-only';
import { and, eq, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { productImages, products, shopProducts } from '@/db/schema';
import { shopRecordScope } from '@/lib/shop/scope';
import { can } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/server/context';
import { isUuid } from '@/lib/server/ids';
import { audienceOf, visibleTo } from './restrictions';
import { buyingCustomerId } from '@/lib/pricing/buyer';
import { brandProduct } from './ownership';

/**
 * A product image, exactly when its product is visible to the actor: the catalog team sees every
 * image; a shop or a representative only those of active products the buyer may see (the storefront's
 * rule, the same that answers 404 on the product page). A shop's own products' photos are its own:
 * only the shop (and whoever may act for every shop) sees them. Null otherwise.
 */
export async function productImageFor(db: DbExecutor, actor: Actor, imageId: string) {
  if (!isUuid(imageId)) return null;
  const select = db.select({ storageKey: productImages.storageKey, contentType: productImages.contentType }).from(productImages).innerJoin(products, eq(products.id, productImages.productId));
  // A shop sees the photos of what it sells, its own products' among them (its clerks see only those).
  const sold = can(actor.role, 'pos.sell') ? sql`exists (select 1 from ${shopProducts} where ${shopProducts.productId} = ${products.id} and ${shopRecordScope(actor, shopProducts.shopId)})` : sql`false`;
  if (can(actor.role, 'catalog.manage')) return (await select.where(and(eq(productImages.id, imageId), or(brandProduct(), sold))))[0] ?? null;
  // A photo is fetched once per card: only the buyer's audience, not the whole storefront context.
  if (actor.role === 'usuario') return (await select.where(and(eq(productImages.id, imageId), sold)))[0] ?? null;
  const customerId = await buyingCustomerId(db, actor);
  const audience = customerId ? await audienceOf(db, customerId) : null;
  const [row] = await select.where(and(eq(productImages.id, imageId), or(and(eq(products.active, true), visibleTo(audience)), sold)));
  return row ?? null;
}
