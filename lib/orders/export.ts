import 'server-only';
import { csvDateTime, csvDownload, csvMoney } from '@/lib/csv';
import { translatorFor } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/server/context';
import { routeHandler } from '@/lib/server/route-handler';
import { orderFilterSchema } from './filters';
import { iterateOrderLinesForExport, iterateOrdersForExport, type OrderLineExportRow, type OrderListRow } from './queries';
import { parseQuery } from '@/lib/server/clean-input';

const ORDER_COLUMNS = ['numero', 'status', 'cliente', 'uf', 'representante', 'canal', 'pecas', 'total', 'enviado_em'] as const;
const orderCells = (locale: Locale) => {
  const t = translatorFor(locale);
  return (r: OrderListRow) => [
    r.number,
    t(`orders.statuses.${r.status}`),
    r.customerName,
    r.uf,
    r.representativeName ?? '',
    r.channelCode,
    r.pieces,
    csvMoney(r.totalCents),
    csvDateTime(r.submittedAt),
  ];
};

const LINE_COLUMNS = [
  'numero',
  'status',
  'cliente',
  'uf',
  'representante',
  'canal',
  'enviado_em',
  'referencia',
  'produto',
  'cor',
  'tamanho',
  'sku',
  'quantidade',
  'preco_unitario',
  'total_linha',
] as const;
const lineCells = (locale: Locale) => {
  const t = translatorFor(locale);
  return (r: OrderLineExportRow) => [
    r.number,
    t(`orders.statuses.${r.status}`),
    r.customerName,
    r.uf,
    r.representativeName ?? '',
    r.channelCode,
    csvDateTime(r.submittedAt),
    r.reference,
    r.productName,
    r.colorName,
    r.size,
    r.sku,
    r.quantity,
    csvMoney(r.unitPriceCents),
    csvMoney(r.quantity * r.unitPriceCents),
  ];
};

/**
 * Streams the orders the caller may see, filtered like the table, as CSV (money in reais with a dot,
 * times in UTC ISO): one row per order, or with `detail=lines` one row per line (SKU, color, size).
 */
export const exportOrdersCsv = routeHandler('orders.export', async ({ db, actor, searchParams }) => {
  const filter = parseQuery(orderFilterSchema, searchParams);
  if (searchParams.get('detail') === 'lines') return csvDownload('pedidos-itens', LINE_COLUMNS, iterateOrderLinesForExport(db, actor, filter), lineCells(actor.locale));
  return csvDownload('pedidos', ORDER_COLUMNS, iterateOrdersForExport(db, actor, filter), orderCells(actor.locale));
});
