import 'server-only';
import { csvDownload } from '@/lib/csv';
import { routeHandler } from '@/lib/server/route-handler';
import { orderFilterSchema } from './filters';
import { iterateOrderLinesForExport, iterateOrdersForExport, type OrderLineExportRow, type OrderListRow } from './queries';
import { parseQuery } from '@/lib/server/clean-input';

const ORDER_COLUMNS = ['numero', 'status', 'cliente', 'uf', 'representante', 'canal', 'pecas', 'total', 'enviado_em'] as const;
const orderCells = (r: OrderListRow) => [r.number, r.status, r.customerName, r.uf, r.representativeName ?? '', r.channelCode, r.pieces, (r.totalCents / 100).toFixed(2), r.submittedAt ? r.submittedAt.toISOString() : ''];

const LINE_COLUMNS = ['numero', 'status', 'cliente', 'uf', 'representante', 'canal', 'enviado_em', 'referencia', 'produto', 'cor', 'tamanho', 'sku', 'quantidade', 'preco_unitario', 'total_linha'] as const;
const lineCells = (r: OrderLineExportRow) => [
  r.number,
  r.status,
  r.customerName,
  r.uf,
  r.representativeName ?? '',
  r.channelCode,
  r.submittedAt ? r.submittedAt.toISOString() : '',
  r.reference,
  r.productName,
  r.colorName,
  r.size,
  r.sku,
  r.quantity,
  (r.unitPriceCents / 100).toFixed(2),
  ((r.quantity * r.unitPriceCents) / 100).toFixed(2),
];

/**
 * Streams the orders the caller may see, filtered like the table, as CSV (money in reais with a dot,
 * times in UTC ISO): one row per order, or with `detail=lines` one row per line (SKU, color, size).
 */
export const exportOrdersCsv = routeHandler('orders.export', async ({ db, actor, searchParams }) => {
  const filter = parseQuery(orderFilterSchema, searchParams);
  if (searchParams.get('detail') === 'lines') return csvDownload('pedidos-itens', LINE_COLUMNS, iterateOrderLinesForExport(db, actor, filter), lineCells);
  return csvDownload('pedidos', ORDER_COLUMNS, iterateOrdersForExport(db, actor, filter), orderCells);
});
