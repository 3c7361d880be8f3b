import 'server-only';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { getCurrentActor } from '@/lib/auth/session';
import { CSV_BOM, csvLine } from '@/lib/csv';
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
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvLine([...CUSTOMER_CSV_COLUMNS])));
      for await (const r of rows) controller.enqueue(encoder.encode(csvLine(customerToCsvRow(r))));
      controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="clientes-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
