import 'server-only';
import { routeHandler } from '@/lib/server/route-handler';
import { getCustomerImport } from './import-queries';

/** GET /api/importacoes/:id — an import's progress, for its uploader only (anyone else: 404). */
export const importProgressHandler = routeHandler('customers.import', async ({ db, actor, params }) => {
  const { report: _report, ...progress } = await getCustomerImport(db, actor, params.id ?? '');
  return Response.json(progress, { headers: { 'Cache-Control': 'no-store' } });
});
