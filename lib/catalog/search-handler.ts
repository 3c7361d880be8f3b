import 'server-only';
import { routeHandler } from '@/lib/server/route-handler';
import { productSearchRoute } from './product-search';

/** GET /api/produtos/busca?q=… — the catalog team's search-as-you-type over products (lib/catalog/product-suggestion.ts says what each result holds). */
export const searchProductsHandler = routeHandler('catalog.manage', productSearchRoute);
