import 'server-only';
import { routeHandler } from '@/lib/server/route-handler';
import { searchCustomers } from './queries';
import { cleanText } from '@/lib/server/clean-input';

/** GET /api/clientes/busca?q=… — search-as-you-type within the caller's scope (lib/crm/suggestion.ts says what each result holds). */
export const searchCustomersHandler = routeHandler('customers.read', async ({ db, actor, searchParams }) => {
  const q = cleanText(searchParams.get('q') ?? '').slice(0, 100);
  return Response.json({ results: await searchCustomers(db, actor, q) }, { headers: { 'Cache-Control': 'no-store' } });
});
