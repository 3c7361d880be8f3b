import { getTranslations } from 'next-intl/server';
import { FilterSelect } from '@/components/forms/filter-select';
import { PricingNav } from '@/components/pricing/pricing-nav';
import { buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/data-table/empty-state';
import { FilterBar } from '@/components/data-table/filter-bar';
import { ServerTable } from '@/components/data-table/server-table';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { UFS } from '@/lib/crm/document';
import { priceListItemsFor, priceListOptions } from '@/lib/pricing/queries';
import { isUuid } from '@/lib/server/ids';
import { priceListColumns } from './columns';
import { routes } from '@/lib/routes';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function PriceListsPage({ searchParams }: { searchParams: Promise<{ scenario?: string; uf?: string; channel?: string }> }) {
  await requirePermission('area.comercial');
  const actor = await requirePermission('pricing.manage');
  const db = getDb();
  const [params, options] = await Promise.all([searchParams, priceListOptions(db, actor)]);
  const scenario = params.scenario ?? options.scenarios[0]?.id;
  const uf = params.uf && (UFS as readonly string[]).includes(params.uf) ? params.uf : 'SC';
  const channel = params.channel ?? options.channels[0]?.id;
  const data = isUuid(scenario) && isUuid(channel) ? await priceListItemsFor(db, actor, scenario, uf, channel) : null;
  const t = await getTranslations('pricing');
  return (
    <>
      <PageHeader title={t('title')} description={t('listsDescription')} />
      <PricingNav current="lists" />
      <FilterBar action={routes.pricing.lists()}>
        <FilterSelect id="pl-scenario" name="scenario" label={t('fields.scenario')} allLabel="—" value={scenario} options={options.scenarios.map((s) => ({ value: s.id, label: s.name }))} />
        <FilterSelect id="pl-uf" name="uf" label={t('fields.destUf')} allLabel="—" value={uf} options={UFS.map((u) => ({ value: u, label: u }))} />
        <FilterSelect id="pl-channel" name="channel" label={t('fields.origin')} allLabel="—" value={channel} options={options.channels.map((c) => ({ value: c.id, label: `${c.name} (${c.uf})` }))} />
        <button type="submit" className={buttonClass('primary')}>
          {t('show')}
        </button>
      </FilterBar>
      {!data ? (
        <EmptyState title={t('noList')} description={t('noListHint')} />
      ) : (
        <>
          <h2 className="mb-2 font-semibold" data-testid="list-name">{data.list.name}</h2>
          <p className="mb-4 text-sm text-stone-600">{t('overrideHint')}</p>
          <ServerTable columns={await priceListColumns(data.list.id)} rows={data.items} rowKey={(i) => i.productId} />
        </>
      )}
    </>
  );
}

export default withPageMessages('(comercial)/comercial/precos/listas', PriceListsPage);
