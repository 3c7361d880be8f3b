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
import { centsToInput } from '@/lib/money';
import { retailPriceCents } from '@/lib/pricing/retail';
import { routes } from '@/lib/routes';
import { parseQuery } from '@/lib/server/clean-input';
import type { Actor } from '@/lib/server/context';
import { findCurrentShop } from '@/lib/shop/current';
import { pricesFilterSchema, shopPriceList, type ShopPriceRow } from '@/lib/shop/stock-queries';
import { NoShopNotice } from './no-shop-notice';
import { RetailPriceForm } from './price-form';
import { ShopHeader } from './shop-header';

/** The owner's consumer prices: what each product cost, what it sells for (own price or markup), and the form to set its own. */
export async function PricesPage({ actor, searchParams }: { actor: Actor; searchParams: Record<string, string | string[] | undefined> }) {
  const db = getDb();
  const shop = await findCurrentShop(db, actor);
  if (!shop) return <NoShopNotice />;
  const filter = parseQuery(pricesFilterSchema, searchParams);
  const result = await shopPriceList(db, actor, shop, filter);
  const t = await getTranslations('shop.prices');
  const tf = await getTranslations('orders.filters');
  const format = await getFormatter();
  const money = (cents: number) => format.number(cents / 100, 'money');
  const columns: Column<ShopPriceRow>[] = [
    {
      id: 'product',
      header: t('product'),
      cell: (r) => (
        <>
          <span className="block font-medium">{r.name}</span>
          <span className="block font-mono text-xs text-stone-600">{r.reference}</span>
        </>
      ),
    },
    { id: 'cost', header: t('cost'), align: 'right', className: 'tabular-nums', cell: (r) => money(r.costCents) },
    {
      id: 'price',
      header: t('price'),
      align: 'right',
      className: 'tabular-nums',
      cell: (r) => (
        <>
          {money(retailPriceCents(r.costCents, r.priceCents, shop.markupBps))}
          <span className="block text-xs text-stone-600">{r.priceCents === null ? t('byMarkup') : t('own')}</span>
        </>
      ),
    },
    { id: 'set', header: t('set'), cell: (r) => <RetailPriceForm productId={r.productId} product={r.name} price={r.priceCents === null ? '' : centsToInput(r.priceCents)} /> },
  ];
  return (
    <>
      <PageHeader title={t('title')} description={t('description', { markup: shop.markupBps / 100 })} />
      <ShopHeader actor={actor} shop={shop} />
      <FilterBar action={routes.shop.prices()}>
        <FilterSearch id="prices-q" label={tf('search')} placeholder={t('search')} value={filter.q} />
        <button type="submit" className={buttonClass('primary')}>
          {tf('apply')}
        </button>
        {filter.q && (
          <Link href={routes.shop.prices()} className={buttonClass('ghost')}>
            {tf('clear')}
          </Link>
        )}
      </FilterBar>
      <p className="mb-3 text-xs text-stone-600">{t('hint')}</p>
      <ServerTable
        columns={columns}
        rows={result.rows}
        rowKey={(r) => r.productId}
        basePath={routes.shop.prices()}
        params={{ q: filter.q }}
        paging={{ total: result.total, page: result.page, pageSize: result.pageSize }}
        testId="shop-prices"
        emptyState={<EmptyState title={t('empty')} description={t('description', { markup: shop.markupBps / 100 })} />}
      />
    </>
  );
}
