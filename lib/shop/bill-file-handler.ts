import 'server-only';
import { routeHandler } from '@/lib/server/route-handler';
import { billFileRoute } from './bill-file-route';

/** GET /lojista/contas/:id/arquivo (see bill-file-route.ts). */
export const billFileHandler = routeHandler('shop.bills', billFileRoute);
