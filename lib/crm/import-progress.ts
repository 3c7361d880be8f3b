import 'server-only';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { getCurrentActor } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/server/errors';
import { getCustomerImport } from './import-queries';

/** GET /api/importacoes/:id — an import's progress, for its uploader only. */
export async function importProgressHandler(id: string): Promise<Response> {
  const actor = await getCurrentActor();
  if (!actor) return Response.json({ error: 'unauthenticated' }, { status: 401 });
  if (!can(actor.role, 'customers.import')) return Response.json({ error: 'forbidden' }, { status: 403 });
  try {
    const { report: _report, ...progress } = await getCustomerImport(getDb(), actor, id);
    return Response.json(progress, { headers: { 'Cache-Control': 'no-store' } });
  } catch (e) {
    if (e instanceof NotFoundError) return Response.json({ error: 'not_found' }, { status: 404 });
    throw e;
  }
}
