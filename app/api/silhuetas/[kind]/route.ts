import { silhouetteResponse } from '@/lib/catalog/silhouette-route';
import { routeHandler } from '@/lib/server/route-handler';

export const GET = routeHandler('public', silhouetteResponse);
