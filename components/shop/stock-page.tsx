import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { Column } from '@/components/data-table/column';
import { EmptyState } from '@/components/data-table/empty-state';
import { FilterBar } from '@/components/data-table/filter-bar';
import { ServerTable } from '@/components/data-table/server-table';
import { FilterSearch } from '@/components/forms/filter-select';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { routes, type ShopArea } from '@/lib/routes';
import { parseQuery } from '@/lib/server/clean-input';
import type { Actor } from '@/lib/server/context';
import { findCurrentShop } from '@/lib/shop/current';
import { shopSuppliers } from '@/lib/shop/purchase-queries';
import { shopLocations, shopStockList, stockFilterSchema, type ShopStockRow } from '@/lib/shop/stock-queries';
import { NoShopNotice } from './no-shop-notice';
import { ShopHeader } from './shop-header';
import { AdjustForm, MinimumForm, SupplierForm, TransferForm } from './stock-row-forms';

/** The shop's stock per variant (and location): search, "only at the minimum", paging; the owner sets minimums, adjusts counts and names suppliers. */
export async function ShopStockPage({ actor, area, searchParams }: { actor: Actor; area: ShopArea; searchParams: Record<string, string | string[] | undefined> }) {
  const db = getDb();
  const shop = await findCurrentShop(db, actor);
  if (!shop) return <NoShopNotice />;
  const filter = parseQuery(stockFilterSchema, searchParams);
  const manage = can(actor.role, 'shop.stock.manage');
  const [result, suppliers, locations] = await Promise.all([shopStockList(db, actor, shop, filter), manage ? shopSuppliers(db, actor, shop) : Promise.resolve([]), shopLocations(db, actor, shop)]);
  const t = await getTranslations('shop.stock');
  const tf = await getTranslations('orders.filters');
  const filtered = Boolean(filter.q || filter.baixo);
  const item = (r: ShopStockRow) => `${r.product} — ${r.color} ${r.size}`;
  const supplierOptions = suppliers.map((s) => ({ id: s.id, name: s.name }));
  const firstOfProduct = new Set(result.rows.filter((r, i) => result.rows[i - 1]?.productId !== r.productId));
  const columns: Column<ShopStockRow>[] = [
    {
      id: 'product',
      header: t('product'),
      cell: (r) => (
        <>
          <span className="block font-medium">{item(r)}</span>
          <span className="block font-mono text-xs text-stone-500">{[r.sku, r.ean, r.location].filter(Boolean).join(' · ')}</span>
        </>
      ),
    },
    {
      id: 'onHand',
      header: t('onHand'),
      align: 'right',
      cell: (r) => (r.minimum > 0 && r.onHand <= r.minimum ? <Badge tone="amber">{`${r.onHand} · ${t('low')}`}</Badge> : <span className="tabular-nums">{r.onHand}</span>),
    },
    { id: 'minimum', header: t('minimum'), cell: (r) => (manage ? <MinimumForm locationId={r.locationId} variantId={r.variantId} minimum={r.minimum} item={item(r)} /> : r.minimum) },
    ...(manage
      ? [
          { id: 'adjust', header: t('adjust'), cell: (r: ShopStockRow) => <AdjustForm locationId={r.locationId} variantId={r.variantId} item={item(r)} /> },
          ...(locations.length > 1
            ? [{ id: 'transfer', header: t('transfer'), hideOnMobile: true, cell: (r: ShopStockRow) => <TransferForm fromLocationId={r.locationId} variantId={r.variantId} item={item(r)} locations={locations} /> }]
            : []),
          {
            id: 'supplier',
            header: t('supplier'),
            hideOnMobile: true,
            // A product's supplier, once: on its first variant of the page (rows come grouped by product).
            cell: (r: ShopStockRow) =>
              firstOfProduct.has(r) ? <SupplierForm productId={r.productId} product={r.product} supplierId={r.supplierId} suppliers={supplierOptions} own={r.own} /> : null,
          },
        ]
      : []),
  ];
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={<Link href={routes.shop.ledger(area)} className={buttonClass('secondary')}>{t('ledger')}</Link>} />
      <ShopHeader actor={actor} shop={shop} />
      <FilterBar action={routes.shop.stock(area)}>
        <FilterSearch id="stock-q" label={tf('search')} placeholder={t('search')} value={filter.q} />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="baixo" value="1" defaultChecked={filter.baixo === '1'} />
          {t('onlyLow')}
        </label>
        <button type="submit" className={buttonClass('primary')}>
          {tf('apply')}
        </button>
        {filtered && (
          <Link href={routes.shop.stock(area)} className={buttonClass('ghost')}>
            {tf('clear')}
          </Link>
        )}
      </FilterBar>
      <ServerTable
        columns={columns}
        rows={result.rows}
        rowKey={(r) => `${r.locationId}:${r.variantId}`}
        basePath={routes.shop.stock(area)}
        params={{ q: filter.q, baixo: filter.baixo }}
        paging={{ total: result.total, page: result.page, pageSize: result.pageSize }}
        testId="shop-stock"
        emptyState={<EmptyState title={filtered ? t('emptyFiltered') : t('empty')} description={t('description')} />}
      />
    </>
  );
}
