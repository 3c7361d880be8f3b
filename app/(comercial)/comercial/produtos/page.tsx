import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { productColumns } from '@/components/catalog/products-table/columns';
import { CsvLink } from '@/components/data-table/csv-link';
import { EmptyState } from '@/components/data-table/empty-state';
import { FilterBar } from '@/components/data-table/filter-bar';
import { ServerTable } from '@/components/data-table/server-table';
import { FilterSearch, FilterSelect } from '@/components/forms/filter-select';
import { ButtonLink, buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { productFilterSchema } from '@/lib/catalog/product-filters';
import { listProducts, productFilterOptions } from '@/lib/catalog/queries';
import { routes } from '@/lib/routes';
import { parseQuery } from '@/lib/server/clean-input';
import { withPageMessages } from '@/components/i18n/with-page-messages';

type SearchParams = Record<string, string | string[] | undefined>;

async function ProductsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission('area.comercial');
  const actor = await requirePermission('catalog.manage');
  const params = await searchParams;
  const filter = parseQuery(productFilterSchema, params);
  const created = typeof params.created === 'string' ? params.created : undefined;
  const db = getDb();
  const [result, options] = await Promise.all([listProducts(db, actor, filter, created), productFilterOptions(db, actor)]);
  const t = await getTranslations('catalog');
  const filters = { q: filter.q, collection: filter.collection, category: filter.category, active: filter.active };
  const filtered = Object.values(filters).some(Boolean);
  const toOptions = (values: string[]) => values.map((v) => ({ value: v, label: v }));
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={<ButtonLink href={routes.products.new()}>{t('new')}</ButtonLink>} />
      {created && (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {t('created')}
        </p>
      )}
      <FilterBar action={routes.products.list()}>
        <FilterSearch id="products-q" label={t('list.search')} placeholder={t('list.searchHint')} value={filter.q} />
        <FilterSelect id="products-collection" name="collection" label={t('list.collection')} allLabel={t('list.all')} value={filter.collection} options={toOptions(options.collections)} />
        <FilterSelect id="products-category" name="category" label={t('list.category')} allLabel={t('list.all')} value={filter.category} options={toOptions(options.categories)} />
        <FilterSelect
          id="products-active"
          name="active"
          label={t('list.status')}
          allLabel={t('list.all')}
          value={filter.active}
          options={[
            { value: 'yes', label: t('list.active') },
            { value: 'no', label: t('list.inactive') },
          ]}
        />
        <button type="submit" className={buttonClass('primary')}>
          {t('list.apply')}
        </button>
        {filtered && (
          <Link href={routes.products.list()} className={buttonClass('ghost')}>
            {t('list.clear')}
          </Link>
        )}
        <CsvLink href={routes.products.export({ ...filters, sort: filter.sort, dir: filter.dir })} className="ml-auto">
          {t('list.exportCsv')}
        </CsvLink>
      </FilterBar>
      <ServerTable
        columns={await productColumns()}
        rows={result.rows}
        rowKey={(p) => p.id}
        // The product just created stands out so the user sees where it landed.
        rowClassName={(p) => (p.id === created ? 'bg-green-50' : undefined)}
        sort={{ key: filter.sort, dir: filter.dir }}
        basePath={routes.products.list()}
        params={filters}
        paging={{ total: result.total, page: result.page, pageSize: result.pageSize }}
        testId="products"
        emptyState={
          filtered ? (
            <EmptyState title={t('list.emptyFiltered')} description={t('list.emptyFilteredHint')} />
          ) : (
            <EmptyState title={t('emptyTitle')} description={t('emptyBody')} action={<ButtonLink href={routes.products.new()}>{t('new')}</ButtonLink>} />
          )
        }
      />
    </>
  );
}

export default withPageMessages('(comercial)/comercial/produtos', ProductsPage);
