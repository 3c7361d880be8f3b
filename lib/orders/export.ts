import 'server-only';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { getCurrentActor } from '@/lib/auth/session';
import { csvDownload } from '@/lib/csv';
import { orderFilterSchema } from './filters';
import { iterateOrdersForExport, type OrderListRow } from './queries';

const COLUMNS = ['numero', 'status', 'cliente', 'uf', 'representante', 'canal', 'pecas', 'total', 'enviado_em'] as const;

const toCells = (r: OrderListRow) => [r.number, r.status, r.customerName, r.uf, r.representativeName ?? '', r.channelCode, r.pieces, (r.totalCents / 100).toFixed(2), r.submittedAt ? r.submittedAt.toISOString() : ''];

/** Streams the orders the caller may see, filtered like the table, as CSV (money in reais with a dot, times in UTC ISO). */
export async function exportOrdersCsv(request: Request): Promise<Response> {
  const actor = await getCurrentActor();
  if (!actor) return new Response('Unauthorized', { status: 401 });
  if (!can(actor.role, 'orders.export')) return new Response('Forbidden', { status: 403 });
  const filter = orderFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return csvDownload('pedidos', COLUMNS, iterateOrdersForExport(getDb(), actor, filter), toCells);
}
