import 'server-only';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { getCurrentActor } from '@/lib/auth/session';
import { formatDocument } from './document';
import { searchCustomers } from './queries';

/** GET /api/clientes/busca?q=… — search-as-you-type within the caller's scope. */
export async function searchCustomersHandler(request: Request): Promise<Response> {
  const actor = await getCurrentActor();
  if (!actor) return Response.json({ error: 'unauthenticated' }, { status: 401 });
  if (!can(actor.role, 'customers.read')) return Response.json({ error: 'forbidden' }, { status: 403 });
  const q = (new URL(request.url).searchParams.get('q') ?? '').slice(0, 100);
  const rows = await searchCustomers(getDb(), actor, q);
  return Response.json(
    { results: rows.map((r) => ({ id: r.id, name: r.name, tradeName: r.tradeName, document: formatDocument(r.document), place: [r.city, r.uf].filter(Boolean).join(' / ') })) },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
