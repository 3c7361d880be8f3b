import 'server-only';
import { routeHandler } from '@/lib/server/route-handler';
import { formatDocument } from './document';
import { searchCustomers } from './queries';
import { cleanText } from '@/lib/server/clean-input';

/** GET /api/clientes/busca?q=… — search-as-you-type within the caller's scope. */
export const searchCustomersHandler = routeHandler('customers.read', async ({ db, actor, searchParams }) => {
  const q = cleanText(searchParams.get('q') ?? '').slice(0, 100);
  const rows = await searchCustomers(db, actor, q);
  return Response.json(
    { results: rows.map((r) => ({ id: r.id, name: r.name, tradeName: r.tradeName, document: formatDocument(r.document), place: [r.city, r.uf].filter(Boolean).join(' / ') })) },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});
