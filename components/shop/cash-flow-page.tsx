import { getFormatter, getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import { CsvLink } from '@/components/data-table/csv-link';
import { FilterBar } from '@/components/data-table/filter-bar';
import { TableView } from '@/components/data-table/table-view';
import { FilterInput } from '@/components/forms/filter-select';
import { Select } from '@/components/forms/inputs';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader, StatCard } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { routes } from '@/lib/routes';
import { parseQuery } from '@/lib/server/clean-input';
import type { Actor } from '@/lib/server/context';
import { cashFlow, cashFlowFilterSchema, type CashFlowRow } from '@/lib/shop/cash-flow';
import { findCurrentShop } from '@/lib/shop/current';
import { PAYMENT_METHODS } from '@/lib/shop/sale-math';
import { CashFlowChart } from './cash-flow-chart';
import { NoShopNotice } from './no-shop-notice';
import { ShopHeader } from './shop-header';

/** The shop's cash flow, by day or month: a chart of in and out, and the table of every figure behind it, exportable. */
export async function CashFlowPage({ actor, searchParams }: { actor: Actor; searchParams: Record<string, string | string[] | undefined> }) {
  const db = getDb();
  const shop = await findCurrentShop(db, actor);
  if (!shop) return <NoShopNotice />;
  const filter = parseQuery(cashFlowFilterSchema, searchParams);
  const flow = await cashFlow(db, actor, shop, filter);
  const t = await getTranslations('shop.cashFlow');
  const tm = await getTranslations('shop.methods');
  const format = await getFormatter();
  const money = (cents: number) => format.number(cents / 100, 'money');
  const sum = (pick: (r: CashFlowRow) => number) => flow.rows.reduce((s, r) => s + pick(r), 0);
  const label = (period: string) => (period.length === 7 ? format.dateTime(new Date(`${period}-15T12:00:00Z`), { month: 'short', year: 'numeric' }) : format.dateTime(new Date(`${period}T12:00:00Z`), { day: '2-digit', month: '2-digit' }));
  const cell = (pick: (r: CashFlowRow) => number) => (r: CashFlowRow) => (pick(r) ? money(pick(r)) : '—');
  const columns: Column<CashFlowRow>[] = [
    { id: 'period', header: t('period'), rowHeader: true, cell: (r) => label(r.period) },
    ...PAYMENT_METHODS.map((m) => ({ id: m, header: tm(m), align: 'right' as const, className: 'tabular-nums', hideOnMobile: true, cell: cell((r) => r.sales[m]) })),
    { id: 'deposits', header: t('deposits'), align: 'right', className: 'tabular-nums', hideOnMobile: true, cell: cell((r) => r.deposits) },
    { id: 'withdrawals', header: t('withdrawals'), align: 'right', className: 'tabular-nums', hideOnMobile: true, cell: cell((r) => r.withdrawals) },
    { id: 'billsPaid', header: t('billsPaid'), align: 'right', className: 'tabular-nums', hideOnMobile: true, cell: cell((r) => r.billsPaid) },
    { id: 'billsDue', header: t('billsDue'), align: 'right', className: 'tabular-nums', hideOnMobile: true, cell: cell((r) => r.billsDue) },
    { id: 'in', header: t('in'), align: 'right', className: 'tabular-nums', cell: cell((r) => r.inCents) },
    { id: 'out', header: t('out'), align: 'right', className: 'tabular-nums', cell: cell((r) => r.outCents) },
    { id: 'net', header: t('net'), align: 'right', className: 'tabular-nums font-medium', cell: (r) => money(r.netCents) },
  ];
  const query = { visao: filter.visao, de: filter.de, ate: filter.ate };
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <ShopHeader actor={actor} shop={shop} />
      <FilterBar action={routes.shop.cashFlow()}>
        <div className="flex flex-col text-sm">
          <label htmlFor="cf-view" className="mb-1 font-medium">
            {t('view')}
          </label>
          <Select id="cf-view" name="visao" defaultValue={filter.visao}>
            <option value="diario">{t('daily')}</option>
            <option value="mensal">{t('monthly')}</option>
          </Select>
        </div>
        <FilterInput id="cf-from" label={t('from')} type="date" name="de" defaultValue={filter.de ?? flow.from} />
        <FilterInput id="cf-to" label={t('to')} type="date" name="ate" defaultValue={filter.ate ?? ''} />
        <button type="submit" className={buttonClass('primary')}>
          {t('apply')}
        </button>
        <CsvLink href={routes.shop.cashFlowExport(query)} className="ml-auto">
          {t('exportCsv')}
        </CsvLink>
      </FilterBar>
      <div className="mb-6 grid gap-4 sm:grid-cols-3">
        <StatCard label={t('in')} value={money(sum((r) => r.inCents))} />
        <StatCard label={t('out')} value={money(sum((r) => r.outCents))} />
        <StatCard label={t('net')} value={money(sum((r) => r.netCents))} />
      </div>
      <Card title={t('chart')} className="mb-6">
        <CashFlowChart data={flow.rows.map((r) => ({ period: label(r.period), in: r.inCents / 100, out: r.outCents / 100 }))} labels={{ in: t('in'), out: t('out') }} />
      </Card>
      <TableView columns={columns} rows={flow.rows} rowKey={(r) => r.period} caption={t('title')} testId="cash-flow" />
    </>
  );
}
