import { getTranslations } from 'next-intl/server';
import { CsvLink } from '@/components/data-table/csv-link';
import { FilterBar } from '@/components/data-table/filter-bar';
import { FilterInput, FilterSearch, FilterSelect } from '@/components/forms/filter-select';
import { buttonClass } from '@/components/ui/button';
import { UFS } from '@/lib/crm/document';
import type { OrderFilter } from '@/lib/orders/filters';
import { routes, type OrdersArea } from '@/lib/routes';
import { tableHref } from '@/lib/table/href';
import { ORDER_STATUSES } from '@/lib/orders/transitions';

type Option = { value: string; label: string };

/** The orders filters: a GET form, so the URL holds them and the CSV export uses the same ones. */
export async function OrderFilters({
  filter,
  area,
  full,
  exportHref,
  byUf = true,
}: {
  filter: OrderFilter;
  area: OrdersArea;
  /** Representative, channel and collection options; null shows only search, status, UF and period. */
  full: { reps: Option[]; channels: Option[]; collections: string[] } | null;
  exportHref?: string;
  /** A shop's own orders all go to its own UF: no UF filter there. */
  byUf?: boolean;
}) {
  const t = await getTranslations('orders');
  const all = t('filters.all');
  return (
    <FilterBar action={routes.orders.list(area)}>
      <input type="hidden" name="sort" value={filter.sort} />
      <input type="hidden" name="dir" value={filter.dir} />
      {/* One customer's orders (from its page) stay that customer's while the other filters change. */}
      {filter.customer && <input type="hidden" name="customer" value={filter.customer} />}
      <FilterSearch id="of-q" label={t('filters.search')} placeholder={t('filters.searchHint')} value={filter.q} width="w-48" />
      <FilterSelect id="of-status" label={t('filters.status')} name="status" value={filter.status} allLabel={all} options={ORDER_STATUSES.filter((s) => s !== 'draft').map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
      {full && <FilterSelect id="of-rep" label={t('filters.rep')} name="rep" value={filter.rep} allLabel={all} options={full.reps} />}
      {byUf && <FilterSelect id="of-uf" label={t('filters.uf')} name="uf" value={filter.uf} allLabel={all} options={UFS.map((u) => ({ value: u, label: u }))} />}
      {full && <FilterSelect id="of-channel" label={t('filters.channel')} name="channel" value={filter.channel} allLabel={all} options={full.channels} />}
      {full && <FilterSelect id="of-collection" label={t('filters.collection')} name="collection" value={filter.collection} allLabel={all} options={full.collections.map((c) => ({ value: c, label: c }))} />}
      <FilterInput id="of-from" label={t('filters.from')} name="from" type="date" defaultValue={filter.from ?? ''} />
      <FilterInput id="of-to" label={t('filters.to')} name="to" type="date" defaultValue={filter.to ?? ''} />
      <button type="submit" className={buttonClass('primary')}>
        {t('filters.apply')}
      </button>
      <a href={routes.orders.list(area)} className={buttonClass('ghost')}>
        {t('filters.clear')}
      </a>
      {exportHref && (
        <div className="ml-auto flex gap-2">
          <CsvLink href={tableHref(exportHref, filter, { page: undefined })}>{t('list.exportCsv')}</CsvLink>
          <CsvLink href={tableHref(exportHref, filter, { page: undefined, detail: 'lines' })} title={t('list.exportLinesHint')}>
            {t('list.exportLines')}
          </CsvLink>
        </div>
      )}
    </FilterBar>
  );
}
