import { getTranslations } from 'next-intl/server';
import { NewScenarioForm } from '@/components/pricing/scenario-forms';
import { PricingNav } from '@/components/pricing/pricing-nav';
import { EmptyState } from '@/components/data-table/empty-state';
import { ServerTable } from '@/components/data-table/server-table';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listScenarios } from '@/lib/pricing/queries';
import { scenarioColumns } from './columns';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function ScenariosPage({ searchParams }: { searchParams: Promise<{ created?: string }> }) {
  await requirePermission('area.comercial');
  const actor = await requirePermission('pricing.manage');
  const [rows, { created }] = await Promise.all([listScenarios(getDb(), actor), searchParams]);
  const t = await getTranslations('pricing');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <PricingNav current="scenarios" />
      {created && (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {t('created')}
        </p>
      )}
      <Card title={t('scenarios')} className="mb-6">
        <ServerTable
          columns={await scenarioColumns()}
          rows={rows}
          rowKey={(s) => s.id}
          variant="plain"
          emptyState={<EmptyState title={t('emptyTitle')} description={t('emptyBody')} />}
        />
      </Card>
      <Card title={t('new')}>
        <p className="mb-4 text-sm text-stone-600">{t('newHint')}</p>
        <NewScenarioForm />
      </Card>
    </>
  );
}

export default withPageMessages('(comercial)/comercial/precos', ScenariosPage);
