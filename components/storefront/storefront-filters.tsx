import { getTranslations } from 'next-intl/server';
import { FilterInput, FilterSelect } from '@/components/forms/filter-select';
import { buttonClass } from '@/components/ui/button';
import type { StorefrontFacets } from '@/lib/catalog/storefront-facets';
import type { Facet, StorefrontFilter } from '@/lib/catalog/storefront-filter';
import { centsToInput } from '@/lib/money';
import { routes, type StorefrontArea } from '@/lib/routes';

/** The storefront's GET filter form: search, the facets (each option with how many products it would show) and the price bounds. Submitting starts again at the first page. */
export async function StorefrontFilters({ area, filter, facets }: { area: StorefrontArea; filter: StorefrontFilter; facets: StorefrontFacets }) {
  const t = await getTranslations('storefront');
  const options = (facet: Facet) => facets[facet].map((o) => ({ value: o.value, label: t('facetOption', { label: o.value, count: o.count }) }));
  return (
    <form method="get" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4">
      <FilterInput id="sf-q" label={t('search')} name="q" type="search" defaultValue={filter.q ?? ''} />
      <FilterSelect id="sf-collection" name="collection" label={t('collection')} allLabel={t('all')} value={filter.collection} options={options('collection')} />
      <FilterSelect id="sf-category" name="category" label={t('category')} allLabel={t('all')} value={filter.category} options={options('category')} />
      <FilterSelect id="sf-color" name="color" label={t('color')} allLabel={t('all')} value={filter.color} options={options('color')} />
      <FilterSelect id="sf-size" name="size" label={t('size')} allLabel={t('all')} value={filter.size} options={options('size')} />
      <FilterInput id="sf-min" label={t('minPrice')} name="min" inputMode="decimal" defaultValue={centsToInput(filter.min)} className="w-24" />
      <FilterInput id="sf-max" label={t('maxPrice')} name="max" inputMode="decimal" defaultValue={centsToInput(filter.max)} className="w-24" />
      {filter.por && <input type="hidden" name="por" value={filter.por} />}
      <button type="submit" className={buttonClass('primary')}>
        {t('apply')}
      </button>
      <a href={routes.storefront.list(area)} className={buttonClass('ghost')}>
        {t('clear')}
      </a>
    </form>
  );
}
