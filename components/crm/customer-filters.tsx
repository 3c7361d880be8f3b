import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { UFS } from '@/lib/crm/document';
import { COMPANY_SIZES, USE_TYPES, type CustomerFilter } from '@/lib/crm/schemas';

const INPUT = 'rounded-md border border-stone-300 bg-white px-3 py-2 text-sm';

export function filterQuery(filter: Partial<CustomerFilter>, omit: string[] = []): string {
  return new URLSearchParams(
    Object.entries(filter)
      .filter(([k, v]) => !omit.includes(k) && v !== undefined && v !== '')
      .map(([k, v]) => [k, String(v)]),
  ).toString();
}

type Option = { value: string; label: string };

function Select({ id, label, name, value, options, all }: { id: string; label: string; name: string; value?: string; options: Option[]; all: string }) {
  return (
    <div className="flex flex-col text-sm">
      <label htmlFor={id} className="mb-1 font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} className={INPUT}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The customers table's filters: a GET form, so the URL holds them and the export uses the same. */
export async function CustomerFilters({
  filter,
  basePath,
  representatives,
  tags,
}: {
  filter: CustomerFilter;
  basePath: string;
  representatives: Option[] | null;
  tags: string[];
}) {
  const t = await getTranslations('customers');
  const all = t('filters.all');
  return (
    <form method="get" action={basePath} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4">
      <input type="hidden" name="sort" value={filter.sort} />
      <input type="hidden" name="dir" value={filter.dir} />
      <div className="flex flex-col text-sm">
        <label htmlFor="cf-q" className="mb-1 font-medium">
          {t('filters.search')}
        </label>
        <input id="cf-q" name="q" type="search" defaultValue={filter.q ?? ''} className={`${INPUT} w-56`} placeholder={t('filters.searchHint')} />
      </div>
      {representatives && (
        <Select id="cf-rep" label={t('fields.representative')} name="rep" value={filter.rep} all={all} options={[{ value: 'none', label: t('filters.noRepresentative') }, ...representatives]} />
      )}
      <Select id="cf-uf" label={t('fields.uf')} name="uf" value={filter.uf} all={all} options={UFS.map((u) => ({ value: u, label: u }))} />
      <div className="flex flex-col text-sm">
        <label htmlFor="cf-city" className="mb-1 font-medium">
          {t('fields.city')}
        </label>
        <input id="cf-city" name="city" defaultValue={filter.city ?? ''} className={`${INPUT} w-36`} />
      </div>
      <Select id="cf-size" label={t('fields.companySize')} name="size" value={filter.size} all={all} options={COMPANY_SIZES.map((s) => ({ value: s, label: t(`sizes.${s}`) }))} />
      <Select id="cf-use" label={t('fields.useType')} name="use" value={filter.use} all={all} options={USE_TYPES.map((u) => ({ value: u, label: t(`useTypes.${u}`) }))} />
      <Select id="cf-status" label={t('fields.status')} name="status" value={filter.status} all={all} options={(['active', 'blocked'] as const).map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
      <Select id="cf-tag" label={t('fields.tags')} name="tag" value={filter.tag} all={all} options={tags.map((tag) => ({ value: tag, label: tag }))} />
      <button type="submit" className={buttonClass('primary')}>
        {t('filters.apply')}
      </button>
      <a href={basePath} className={buttonClass('ghost')}>
        {t('filters.clear')}
      </a>
      <a href={`${basePath}/exportar?${filterQuery(filter, ['page'])}`} className={buttonClass('secondary', 'ml-auto')} download>
        {t('exportCsv')}
      </a>
    </form>
  );
}
