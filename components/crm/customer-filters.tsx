import { getTranslations } from 'next-intl/server';
import { CsvLink } from '@/components/data-table/csv-link';
import { FilterBar } from '@/components/data-table/filter-bar';
import { FilterSelect } from '@/components/forms/filter-select';
import { Input } from '@/components/forms/inputs';
import { buttonClass } from '@/components/ui/button';
import { UFS } from '@/lib/crm/document';
import { COMPANY_SIZES, USE_TYPES, type CustomerFilter } from '@/lib/crm/schemas';
import { routes, type CustomersArea } from '@/lib/routes';
import { tableHref } from '@/lib/table/href';
import { CustomerSearch } from './customer-search';

type Option = { value: string; label: string };

/** The customers table's filters: a GET form, so the URL holds them and the export uses the same; its search box also offers the matching customers. */
export async function CustomerFilters({
  filter,
  area,
  representatives,
  tags,
}: {
  filter: CustomerFilter;
  area: CustomersArea;
  representatives: Option[] | null;
  tags: string[];
}) {
  const t = await getTranslations('customers');
  const all = t('filters.all');
  return (
    <FilterBar action={routes.customers.list(area)}>
      <input type="hidden" name="sort" value={filter.sort} />
      <input type="hidden" name="dir" value={filter.dir} />
      <CustomerSearch area={area} defaultQuery={filter.q} />
      {representatives && (
        <FilterSelect id="cf-rep" label={t('fields.representative')} name="rep" value={filter.rep} allLabel={all} options={[{ value: 'none', label: t('filters.noRepresentative') }, ...representatives]} />
      )}
      <FilterSelect id="cf-uf" label={t('fields.uf')} name="uf" value={filter.uf} allLabel={all} options={UFS.map((u) => ({ value: u, label: u }))} />
      <div className="flex flex-col text-sm">
        <label htmlFor="cf-city" className="mb-1 font-medium">
          {t('fields.city')}
        </label>
        <Input id="cf-city" name="city" defaultValue={filter.city ?? ''} className="w-36" />
      </div>
      <FilterSelect id="cf-size" label={t('fields.companySize')} name="size" value={filter.size} allLabel={all} options={COMPANY_SIZES.map((s) => ({ value: s, label: t(`sizes.${s}`) }))} />
      <FilterSelect id="cf-use" label={t('fields.useType')} name="use" value={filter.use} allLabel={all} options={USE_TYPES.map((u) => ({ value: u, label: t(`useTypes.${u}`) }))} />
      <FilterSelect id="cf-status" label={t('fields.status')} name="status" value={filter.status} allLabel={all} options={(['active', 'blocked'] as const).map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
      <FilterSelect id="cf-tag" label={t('fields.tags')} name="tag" value={filter.tag} allLabel={all} options={tags.map((tag) => ({ value: tag, label: tag }))} />
      <button type="submit" className={buttonClass('primary')}>
        {t('filters.apply')}
      </button>
      <a href={routes.customers.list(area)} className={buttonClass('ghost')}>
        {t('filters.clear')}
      </a>
      <CsvLink href={tableHref(routes.customers.export(area), filter, { page: undefined })} className="ml-auto">
        {t('exportCsv')}
      </CsvLink>
    </FilterBar>
  );
}
