import { getFormatter, getTranslations } from 'next-intl/server';
import { FilterSelect } from '@/components/forms/filter-select';
import { ListPriceForm } from '@/components/pricing/price-row-form';
import { PricingNav } from '@/components/pricing/pricing-nav';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/data-table/empty-state';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { UFS } from '@/lib/crm/document';
import { priceListItemsFor, priceListOptions } from '@/lib/pricing/queries';
import { isUuid } from '@/lib/server/ids';

export default async function PriceListsPage({ searchParams }: { searchParams: Promise<{ scenario?: string; uf?: string; channel?: string }> }) {
  await requirePermission('area.comercial');
  const actor = await requirePermission('pricing.manage');
  const db = getDb();
  const [params, options] = await Promise.all([searchParams, priceListOptions(db, actor)]);
  const scenario = params.scenario ?? options.scenarios[0]?.id;
  const uf = params.uf && (UFS as readonly string[]).includes(params.uf) ? params.uf : 'SC';
  const channel = params.channel ?? options.channels[0]?.id;
  const data = isUuid(scenario) && isUuid(channel) ? await priceListItemsFor(db, actor, scenario, uf, channel) : null;
  const t = await getTranslations('pricing');
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t('title')} description={t('listsDescription')} />
      <PricingNav current="lists" />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <FilterSelect id="pl-scenario" name="scenario" label={t('fields.scenario')} allLabel="—" value={scenario} options={options.scenarios.map((s) => ({ value: s.id, label: s.name }))} />
        <FilterSelect id="pl-uf" name="uf" label={t('fields.destUf')} allLabel="—" value={uf} options={UFS.map((u) => ({ value: u, label: u }))} />
        <FilterSelect id="pl-channel" name="channel" label={t('fields.origin')} allLabel="—" value={channel} options={options.channels.map((c) => ({ value: c.id, label: `${c.name} (${c.uf})` }))} />
        <button type="submit" className={buttonClass('primary')}>
          {t('show')}
        </button>
      </form>
      {!data ? (
        <EmptyState title={t('noList')} description={t('noListHint')} />
      ) : (
        <>
          <h2 className="mb-2 font-semibold" data-testid="list-name">{data.list.name}</h2>
          <p className="mb-4 text-sm text-stone-600">{t('overrideHint')}</p>
          <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="min-w-full divide-y divide-stone-200 text-sm">
              <thead className="bg-stone-50 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">{t('fields.product')}</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">{t('fields.basePrice')}</th>
                  <th scope="col" className="px-3 py-2 font-medium">{t('fields.price')}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {data.items.map((i) => (
                  <tr key={i.productId}>
                    <td className="px-3 py-2">
                      <span className="font-mono text-xs">{i.reference}</span> {i.name} {i.overridden && <Badge tone="amber">{t('overridden')}</Badge>}
                    </td>
                    <td className="px-3 py-2 text-right tabular-nums">{format.number(i.basePriceCents / 100, 'money')}</td>
                    <td className="px-3 py-2">
                      <ListPriceForm priceListId={data.list.id} productId={i.productId} price={(i.priceCents / 100).toFixed(2).replace('.', ',')} label={i.name} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
