import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/data-table/empty-state';
import { FilterBar } from '@/components/data-table/filter-bar';
import { ServerTable } from '@/components/data-table/server-table';
import { FilterSearch, FilterSelect } from '@/components/forms/filter-select';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { PricingNav } from '@/components/pricing/pricing-nav';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { UFS } from '@/lib/crm/document';
import { priceListFilterSchema } from '@/lib/pricing/list-filters';
import { priceListItemsFor, priceListOptions } from '@/lib/pricing/queries';
import { routes } from '@/lib/routes';
import { parseQuery } from '@/lib/server/clean-input';
import { priceListColumns } from './columns';

type SearchParams = Record<string, string | string[] | undefined>;

async function PriceListsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission('area.comercial');
  const actor = await requirePermission('pricing.manage');
  const db = getDb();
  const [params, options] = await Promise.all([searchParams, priceListOptions(db, actor)]);
  const parsed = parseQuery(priceListFilterSchema, params);
  // No choice yet: the first scenario and origin, so the screen opens on a list.
  const filter = { ...parsed, scenario: parsed.scenario ?? options.scenarios[0]?.id, channel: parsed.channel ?? options.channels[0]?.id };
  const { scenario, channel } = filter;
  const data = scenario && channel ? await priceListItemsFor(db, actor, { ...filter, scenario, channel }) : null;
  const t = await getTranslations('pricing');
  const listParams = { scenario, uf: filter.uf, channel, q: filter.q, changed: filter.changed };
  return (
    <>
      <PageHeader title={t('title')} description={t('listsDescription')} />
      <PricingNav current="lists" />
      <FilterBar action={routes.pricing.lists()}>
        <FilterSelect id="pl-scenario" name="scenario" label={t('fields.scenario')} allLabel="—" value={scenario} options={options.scenarios.map((s) => ({ value: s.id, label: s.name }))} />
        <FilterSelect id="pl-uf" name="uf" label={t('fields.destUf')} allLabel="—" value={filter.uf} options={UFS.map((u) => ({ value: u, label: u }))} />
        <FilterSelect id="pl-channel" name="channel" label={t('fields.origin')} allLabel="—" value={channel} options={options.channels.map((c) => ({ value: c.id, label: `${c.name} (${c.uf})` }))} />
        <FilterSearch id="pl-q" label={t('listSearch')} placeholder={t('listSearchHint')} value={filter.q} />
        <label className="flex items-center gap-2 self-end pb-2 text-sm">
          <input type="checkbox" name="changed" value="1" defaultChecked={filter.changed === '1'} />
          {t('onlyOverridden')}
        </label>
        <button type="submit" className={buttonClass('primary')}>
          {t('show')}
        </button>
      </FilterBar>
      {!data ? (
        <EmptyState title={t('noList')} description={t('noListHint')} />
      ) : (
        <>
          <h2 className="mb-2 font-semibold" data-testid="list-name">
            {data.list.name}
          </h2>
          <p className="mb-4 text-sm text-stone-600">{t('overrideHint')}</p>
          <ServerTable
            columns={await priceListColumns(data.list.id)}
            rows={data.rows}
            rowKey={(i) => i.productId}
            sort={{ key: filter.sort, dir: filter.dir }}
            basePath={routes.pricing.lists()}
            params={listParams}
            paging={{ total: data.total, page: data.page, pageSize: data.pageSize }}
            testId="price-list"
            emptyState={<EmptyState title={t('noListItems')} description={t('noListItemsHint')} />}
          />
        </>
      )}
    </>
  );
}

export default withPageMessages('(comercial)/comercial/precos/listas', PriceListsPage);
