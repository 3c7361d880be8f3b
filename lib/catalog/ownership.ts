import { isNull, type SQL } from 'drizzle-orm';
import { products } from '@/db/schema';

/**
 * The brand's catalog: products no shop registered itself. Every brand-side query (the catalog team's
 * list, the storefront, price lists, restrictions, packs, channel stock) names it, so a shop's own
 * products never leave that shop.
 */
export function brandProduct(): SQL {
  return isNull(products.shopId);
}
