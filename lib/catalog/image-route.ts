import 'server-only';
import { routeHandler } from '@/lib/server/route-handler';
import { productImageResponse } from './product-image-response';

/** GET /api/imagens/:id?tamanho=thumb|large — a product image, visible exactly when its product is (image-access.ts). */
export const serveProductImage = routeHandler('catalog.images', productImageResponse);
