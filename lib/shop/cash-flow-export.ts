import 'server-only';
import { csvDownload, csvMoney } from '@/lib/csv';
import { parseQuery } from '@/lib/server/clean-input';
import { routeHandler } from '@/lib/server/route-handler';
import { cashFlow, cashFlowFilterSchema, type CashFlowRow } from './cash-flow';
import { currentShop } from './current';

const COLUMNS = ['periodo', 'dinheiro', 'debito', 'credito', 'pix', 'suprimentos', 'sangrias', 'contas_pagas', 'contas_a_vencer', 'entradas', 'saidas', 'saldo'] as const;

/** The cash flow as shown (same view and window), as CSV for Brazilian Excel. */
export const exportCashFlowCsv = routeHandler('shop.bills', async ({ db, actor, searchParams }) => {
  const shop = await currentShop(db, actor);
  const { rows } = await cashFlow(db, actor, shop, parseQuery(cashFlowFilterSchema, searchParams));
  const toCells = (r: CashFlowRow) => [r.period, ...[r.sales.cash, r.sales.debit, r.sales.credit, r.sales.pix, r.deposits, r.withdrawals, r.billsPaid, r.billsDue, r.inCents, r.outCents, r.netCents].map(csvMoney)];
  const all = async function* () {
    yield* rows;
  };
  return csvDownload('fluxo-de-caixa', COLUMNS, all(), toCells);
});
