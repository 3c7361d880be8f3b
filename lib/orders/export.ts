import 'server-only';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { getCurrentActor } from '@/lib/auth/session';
import { CSV_BOM, csvLine } from '@/lib/csv';
import { orderFilterSchema } from './filters';
import { ordersForExport } from './queries';

const COLUMNS = ['numero', 'status', 'cliente', 'uf', 'representante', 'canal', 'pecas', 'total', 'enviado_em'] as const;

/** The orders the caller may see, filtered like the table, as CSV (money in reais with a dot, times in UTC ISO). */
export async function exportOrdersCsv(request: Request): Promise<Response> {
  const actor = await getCurrentActor();
  if (!actor) return new Response('Unauthorized', { status: 401 });
  if (!can(actor.role, 'orders.export')) return new Response('Forbidden', { status: 403 });
  const filter = orderFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const rows = await ordersForExport(getDb(), actor, filter);
  const body =
    CSV_BOM +
    csvLine([...COLUMNS]) +
    rows
      .map((r) =>
        csvLine([String(r.number), r.status, r.customerName, r.uf, r.representativeName ?? '', r.channelCode, String(r.pieces), (r.totalCents / 100).toFixed(2), r.submittedAt ? r.submittedAt.toISOString() : '']),
      )
      .join('');
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="pedidos-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
