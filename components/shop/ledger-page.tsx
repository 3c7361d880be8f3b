import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { Column } from '@/components/data-table/column';
import { EmptyState } from '@/components/data-table/empty-state';
import { FilterBar } from '@/components/data-table/filter-bar';
import { ServerTable } from '@/components/data-table/server-table';
import { FilterSearch } from '@/components/forms/filter-select';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { routes, type ShopArea } from '@/lib/routes';
import { parseQuery } from '@/lib/server/clean-input';
import type { Actor } from '@/lib/server/context';
import { findCurrentShop } from '@/lib/shop/current';
import { ledgerFilterSchema, shopLedger, type ShopLedgerRow } from '@/lib/shop/stock-queries';
import { NoShopNotice } from './no-shop-notice';
import { ShopHeader } from './shop-header';

/** The shop's stock ledger: what moved, where, why and by whom, with the sale behind a sale or a void. */
export async function ShopLedgerPage({ actor, area, searchParams }: { actor: Actor; area: ShopArea; searchParams: Record<string, string | string[] | undefined> }) {
  const db = getDb();
  const shop = await findCurrentShop(db, actor);
  if (!shop) return <NoShopNotice />;
  const filter = parseQuery(ledgerFilterSchema, searchParams);
  const result = await shopLedger(db, actor, shop, filter);
  const t = await getTranslations('shop.stock');
  const tk = await getTranslations('catalog.movements.kinds');
  const tf = await getTranslations('orders.filters');
  const format = await getFormatter();
  const columns: Column<ShopLedgerRow>[] = [
    { id: 'at', header: t('at'), className: 'whitespace-nowrap', cell: (r) => format.dateTime(r.at, 'short') },
    {
      id: 'item',
      header: t('product'),
      cell: (r) => (
        <>
          <span className="block">{r.item}</span>
          <span className="block font-mono text-xs text-stone-600">{[r.sku, r.location].filter(Boolean).join(' · ')}</span>
        </>
      ),
    },
    {
      id: 'kind',
      header: t('kind'),
      cell: (r) => (
        <>
          {r.saleId ? <Link className="text-brand-800 underline" href={routes.shop.sale(area, r.saleId)}>{tk(r.kind)}</Link> : tk(r.kind)}
          {r.reason && <span className="block text-xs text-stone-600">{r.reason}</span>}
        </>
      ),
    },
    { id: 'quantity', header: t('quantity'), align: 'right', className: 'tabular-nums', cell: (r) => (r.quantity > 0 ? `+${r.quantity}` : r.quantity) },
    { id: 'who', header: t('who'), hideOnMobile: true, cell: (r) => r.actor ?? '—' },
  ];
  return (
    <>
      <PageHeader title={t('ledger')} description={t('ledgerDescription')} actions={<Link href={routes.shop.stock(area)} className={buttonClass('secondary')}>{t('back')}</Link>} />
      <ShopHeader actor={actor} shop={shop} />
      <FilterBar action={routes.shop.ledger(area)}>
        <FilterSearch id="ledger-q" label={tf('search')} placeholder={t('search')} value={filter.q} />
        <button type="submit" className={buttonClass('primary')}>
          {tf('apply')}
        </button>
      </FilterBar>
      <ServerTable
        columns={columns}
        rows={result.rows}
        rowKey={(r) => String(r.id)}
        basePath={routes.shop.ledger(area)}
        params={{ q: filter.q }}
        paging={{ total: result.total, page: result.page, pageSize: result.pageSize }}
        testId="shop-ledger"
        emptyState={<EmptyState title={t('ledgerEmpty')} description={t('ledgerDescription')} />}
      />
    </>
  );
}
