import 'server-only';
import { routeHandler } from '@/lib/server/route-handler';
import { usersCsv } from './users-csv';

/** GET /admin/usuarios/exportar — the filtered users list as CSV, for who may read users. */
export const exportUsersCsv = routeHandler('users.read', usersCsv);
