import 'server-only';
import { csvDateTime, csvDownload, csvMoney } from '@/lib/csv';
import { translatorFor } from '@/lib/i18n/translator';
import { parseQuery } from '@/lib/server/clean-input';
import { routeHandler } from '@/lib/server/route-handler';
import { currentShop } from './current';
import { iterateSalesForExport, salesFilterSchema, type SaleRow } from './sale-queries';

const COLUMNS = ['numero', 'data', 'vendedor', 'cliente', 'itens', 'pagamento', 'total', 'situacao'] as const;

/** Streams the sales of the shop the caller works in, filtered like the list, as CSV for Brazilian Excel. */
export const exportSalesCsv = routeHandler('pos.sell', async ({ db, actor, searchParams }) => {
  const shop = await currentShop(db, actor);
  const filter = parseQuery(salesFilterSchema, searchParams);
  const t = translatorFor(actor.locale);
  const toCells = (r: SaleRow) => [
    r.number,
    csvDateTime(r.createdAt),
    r.seller ?? '',
    r.consumer ?? '',
    r.items,
    (r.methods ?? '').split(',').filter(Boolean).map((m) => t(`shop.methods.${m as 'cash'}`)).join(' + '),
    csvMoney(r.totalCents),
    t(`shop.sales.statuses.${r.status}`),
  ];
  return csvDownload('vendas', COLUMNS, iterateSalesForExport(db, actor, shop, filter), toCells);
});
