import 'server-only';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { getCurrentActor } from '@/lib/auth/session';
import { csvDownload } from '@/lib/csv';
import { CUSTOMER_CSV_COLUMNS, customerToCsvRow } from './csv-format';
import { iterateCustomersForExport } from './queries';
import { customerFilterSchema } from './schemas';

/** Streams the customers the caller may see, filtered like the table, as CSV that imports back unchanged. */
export async function exportCustomersCsv(request: Request): Promise<Response> {
  const actor = await getCurrentActor();
  if (!actor) return new Response('Unauthorized', { status: 401 });
  if (!can(actor.role, 'customers.export')) return new Response('Forbidden', { status: 403 });
  const filter = customerFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const rows = iterateCustomersForExport(getDb(), actor, filter);
  return csvDownload('clientes', CUSTOMER_CSV_COLUMNS, rows, customerToCsvRow);
}
