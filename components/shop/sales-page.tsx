import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { Column } from '@/components/data-table/column';
import { CsvLink } from '@/components/data-table/csv-link';
import { EmptyState } from '@/components/data-table/empty-state';
import { FilterBar } from '@/components/data-table/filter-bar';
import { ServerTable } from '@/components/data-table/server-table';
import { FilterSearch, FilterSelect } from '@/components/forms/filter-select';
import { Badge } from '@/components/ui/badge';
import { buttonClass, ButtonLink } from '@/components/ui/button';
import { PageHeader, StatCard } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { routes, type ShopArea } from '@/lib/routes';
import { parseQuery } from '@/lib/server/clean-input';
import type { Actor } from '@/lib/server/context';
import { findCurrentShop } from '@/lib/shop/current';
import { listSales, salesFilterSchema, type SaleRow } from '@/lib/shop/sale-queries';
import { NoShopNotice } from './no-shop-notice';
import { ShopHeader } from './shop-header';

/** The shop's sales: number or customer search, status filter, paging, totals and the CSV export. */
export async function SalesPage({ actor, area, searchParams }: { actor: Actor; area: ShopArea; searchParams: Record<string, string | string[] | undefined> }) {
  const db = getDb();
  const shop = await findCurrentShop(db, actor);
  if (!shop) return <NoShopNotice />;
  const filter = parseQuery(salesFilterSchema, searchParams);
  const result = await listSales(db, actor, shop, filter);
  const t = await getTranslations('shop');
  const tf = await getTranslations('orders.filters');
  const format = await getFormatter();
  const money = (cents: number) => format.number(cents / 100, 'money');
  const filtered = Boolean(filter.q || filter.status);
  const columns: Column<SaleRow>[] = [
    { id: 'number', header: t('sales.number'), cell: (r) => `#${r.number}`, link: true },
    { id: 'date', header: t('sales.date'), cell: (r) => format.dateTime(r.createdAt, 'short') },
    { id: 'seller', header: t('sales.seller'), cell: (r) => r.seller ?? '—', hideOnMobile: true },
    { id: 'consumer', header: t('sales.consumer'), cell: (r) => r.consumer ?? '—', hideOnMobile: true },
    { id: 'items', header: t('sales.items'), align: 'right', cell: (r) => r.items, hideOnMobile: true },
    { id: 'payments', header: t('sales.payments'), cell: (r) => (r.methods ?? '').split(',').filter(Boolean).map((m) => t(`methods.${m as 'cash'}`)).join(' + ') },
    { id: 'total', header: t('sales.total'), align: 'right', className: 'tabular-nums', cell: (r) => money(r.totalCents) },
    { id: 'status', header: t('sales.status'), cell: (r) => <Badge tone={r.status === 'completed' ? 'green' : 'red'}>{t(`sales.statuses.${r.status}`)}</Badge> },
  ];
  return (
    <>
      <PageHeader title={t('sales.title')} description={t('sales.description')} actions={<ButtonLink href={routes.shop.pos(area)}>{t('pos.newSale')}</ButtonLink>} />
      <ShopHeader actor={actor} shop={shop} />
      <div className="mb-6 grid gap-4 sm:grid-cols-2">
        <StatCard label={t('sales.title')} value={result.total} />
        <StatCard label={t('sales.total')} value={money(result.sumCents)} />
      </div>
      <FilterBar action={routes.shop.sales(area)}>
        <FilterSearch id="sales-q" label={tf('search')} placeholder={t('sales.search')} value={filter.q} />
        <FilterSelect id="sales-status" label={t('sales.status')} name="status" value={filter.status} allLabel={t('sales.allStatuses')} options={(['completed', 'voided'] as const).map((s) => ({ value: s, label: t(`sales.statuses.${s}`) }))} />
        <button type="submit" className={buttonClass('primary')}>
          {tf('apply')}
        </button>
        {filtered && (
          <Link href={routes.shop.sales(area)} className={buttonClass('ghost')}>
            {tf('clear')}
          </Link>
        )}
        <CsvLink href={routes.shop.salesExport(area, { q: filter.q, status: filter.status })} className="ml-auto">
          {t('sales.exportCsv')}
        </CsvLink>
      </FilterBar>
      <ServerTable
        columns={columns}
        rows={result.rows}
        rowKey={(r) => r.id}
        rowHref={(r) => routes.shop.sale(area, r.id)}
        basePath={routes.shop.sales(area)}
        params={{ q: filter.q, status: filter.status }}
        paging={{ total: result.total, page: result.page, pageSize: result.pageSize }}
        testId="sales"
        emptyState={<EmptyState title={filtered ? t('sales.emptyFiltered') : t('sales.empty')} description={t('pos.description')} action={<ButtonLink href={routes.shop.pos(area)}>{t('pos.newSale')}</ButtonLink>} />}
      />
    </>
  );
}
