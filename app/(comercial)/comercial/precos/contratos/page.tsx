import { getTranslations } from 'next-intl/server';
import { FilterSelect } from '@/components/forms/filter-select';
import { ContractForm } from '@/components/pricing/contract-form';
import { PricingNav } from '@/components/pricing/pricing-nav';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { groupContracts, listGroups } from '@/lib/pricing/queries';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function ContractsPage({ searchParams }: { searchParams: Promise<{ group?: string }> }) {
  await requirePermission('area.comercial');
  const actor = await requirePermission('pricing.manage');
  const db = getDb();
  const [groups, params] = await Promise.all([listGroups(db, actor), searchParams]);
  const group = groups.find((g) => g.id === params.group) ?? groups.find((g) => g.members > 0) ?? groups[0];
  const rows = group ? await groupContracts(db, actor, group.id) : [];
  const t = await getTranslations('pricing');
  return (
    <>
      <PageHeader title={t('title')} description={t('contracts.description')} />
      <PricingNav current="contracts" />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <FilterSelect id="contract-group" name="group" label={t('groups.group')} allLabel="—" value={group?.id} options={groups.map((g) => ({ value: g.id, label: `${g.name} (${g.members})` }))} />
        <button type="submit" className={buttonClass('primary')}>
          {t('show')}
        </button>
      </form>
      {group && (
        <Card title={t('contracts.of', { name: group.name })}>
          <ul className="divide-y divide-stone-100 text-sm">
            {rows.map((r) => (
              <li key={r.id} className="py-2">
                <p className="mb-1 font-medium">
                  {r.channelName} ({r.channelUf})
                </p>
                <ContractForm id={r.id} label={`${group.name} · ${r.channelName}`} priceListId={r.priceListId} validFrom={r.validFrom ?? ''} validTo={r.validTo ?? ''} options={r.options} />
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}

export default withPageMessages('(comercial)/comercial/precos/contratos', ContractsPage);
