import 'server-only';
import { routeHandler } from '@/lib/server/route-handler';
import { userSearchRoute } from './user-search';

/** GET /api/usuarios/busca?q=… — the admin's search-as-you-type over users. */
export const searchUsersHandler = routeHandler('users.read', userSearchRoute);
