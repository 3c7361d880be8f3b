import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ProductPhoto } from '@/components/catalog/product-photo';
import type { Column } from '@/components/data-table/column';
import { CsvLink } from '@/components/data-table/csv-link';
import { EmptyState } from '@/components/data-table/empty-state';
import { FilterBar } from '@/components/data-table/filter-bar';
import { RowLink } from '@/components/data-table/row-link';
import { ServerTable } from '@/components/data-table/server-table';
import { FilterSearch, FilterSelect } from '@/components/forms/filter-select';
import { Badge } from '@/components/ui/badge';
import { ButtonLink, buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { routes } from '@/lib/routes';
import { parseQuery } from '@/lib/server/clean-input';
import type { Actor } from '@/lib/server/context';
import { findCurrentShop } from '@/lib/shop/current';
import { listOwnProducts, ownProductOptions, type OwnProductRow } from '@/lib/shop/own-product-queries';
import { ownProductsFilterSchema } from '@/lib/shop/own-product-schemas';
import { NoShopNotice } from './no-shop-notice';
import { ShopHeader } from './shop-header';

/** The shop's own products: search, category, brand and status filters, sortable columns, pages and CSV. */
export async function OwnProductsPage({ actor, searchParams }: { actor: Actor; searchParams: Record<string, string | string[] | undefined> }) {
  const db = getDb();
  const shop = await findCurrentShop(db, actor);
  if (!shop) return <NoShopNotice />;
  const filter = parseQuery(ownProductsFilterSchema, searchParams);
  const [result, options] = await Promise.all([listOwnProducts(db, actor, shop, filter), ownProductOptions(db, actor, shop)]);
  const t = await getTranslations('shop.products');
  const tc = await getTranslations('catalog');
  const format = await getFormatter();
  const money = (cents: number) => format.number(cents / 100, 'money');
  const filters = { q: filter.q, category: filter.category, brand: filter.brand, active: filter.active };
  const filtered = Object.values(filters).some(Boolean);
  const toOptions = (values: string[]) => values.map((v) => ({ value: v, label: v }));
  const columns: Column<OwnProductRow>[] = [
    { id: 'photo', header: <span className="sr-only">{tc('list.photo')}</span>, className: 'w-14', cell: (p) => <ProductPhoto imageId={p.imageId} alt="" category={p.category} size="thumb" /> },
    { id: 'reference', header: tc('fields.reference'), sortKey: 'reference', className: 'font-mono text-xs', cell: (p) => p.reference },
    {
      id: 'name',
      header: tc('fields.name'),
      sortKey: 'name',
      cell: (p) => (
        <>
          <RowLink href={routes.shop.product(p.id)}>{p.name}</RowLink> {!p.active && <Badge>{tc('inactive')}</Badge>}
        </>
      ),
    },
    { id: 'category', header: tc('fields.category'), sortKey: 'category', hideOnMobile: true, cell: (p) => p.category ?? '—' },
    { id: 'brand', header: tc('fields.brand'), sortKey: 'brand', hideOnMobile: true, cell: (p) => p.brand ?? '—' },
    { id: 'supplier', header: t('supplier'), hideOnMobile: true, cell: (p) => p.supplier ?? '—' },
    { id: 'cost', header: t('cost'), align: 'right', className: 'tabular-nums', hideOnMobile: true, cell: (p) => money(p.costCents) },
    {
      id: 'price',
      header: t('price'),
      sortKey: 'price',
      firstDir: 'desc',
      align: 'right',
      className: 'tabular-nums',
      cell: (p) => (
        <>
          {money(p.priceCents)}
          <span className="block text-xs text-stone-600">{p.ownPriceCents === null ? t('byMarkup') : t('ownPrice')}</span>
        </>
      ),
    },
    { id: 'variants', header: tc('variants'), align: 'right', className: 'tabular-nums', hideOnMobile: true, cell: (p) => p.variants },
    { id: 'onHand', header: tc('onHand'), sortKey: 'onHand', firstDir: 'desc', align: 'right', className: 'tabular-nums', cell: (p) => p.onHand },
  ];
  const newButton = <ButtonLink href={routes.shop.newProduct()}>{t('new')}</ButtonLink>;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={newButton} />
      <ShopHeader actor={actor} shop={shop} />
      <FilterBar action={routes.shop.products()}>
        <FilterSearch id="own-products-q" label={tc('list.search')} placeholder={t('search')} value={filter.q} />
        <FilterSelect id="own-products-category" name="category" label={tc('list.category')} allLabel={tc('list.all')} value={filter.category} options={toOptions(options.categories)} />
        <FilterSelect id="own-products-brand" name="brand" label={tc('fields.brand')} allLabel={tc('list.all')} value={filter.brand} options={toOptions(options.brands)} />
        <FilterSelect
          id="own-products-active"
          name="active"
          label={tc('list.status')}
          allLabel={tc('list.all')}
          value={filter.active}
          options={[
            { value: 'yes', label: tc('list.active') },
            { value: 'no', label: tc('list.inactive') },
          ]}
        />
        <button type="submit" className={buttonClass('primary')}>
          {tc('list.apply')}
        </button>
        {filtered && (
          <Link href={routes.shop.products()} className={buttonClass('ghost')}>
            {tc('list.clear')}
          </Link>
        )}
        <CsvLink href={routes.shop.productsExport({ ...filters, sort: filter.sort, dir: filter.dir })} className="ml-auto">
          {tc('list.exportCsv')}
        </CsvLink>
      </FilterBar>
      <ServerTable
        columns={columns}
        rows={result.rows}
        rowKey={(p) => p.id}
        sort={{ key: filter.sort, dir: filter.dir }}
        basePath={routes.shop.products()}
        params={filters}
        paging={{ total: result.total, page: result.page, pageSize: result.pageSize }}
        testId="own-products"
        emptyState={
          filtered ? (
            <EmptyState title={tc('list.emptyFiltered')} description={tc('list.emptyFilteredHint')} />
          ) : (
            <EmptyState title={t('emptyTitle')} description={t('emptyBody')} action={newButton} />
          )
        }
      />
    </>
  );
}
