import 'server-only';
import { routeHandler } from '@/lib/server/route-handler';
import { productsCsv } from './products-csv';

/** GET /comercial/produtos/exportar — the filtered products list as CSV, for the catalog team only. */
export const exportProductsCsv = routeHandler('catalog.manage', productsCsv);
