import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/data-table/empty-state';
import { ServerTable } from '@/components/data-table/server-table';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listRepresentatives } from '@/lib/crm/representatives';
import { representativeColumns } from './columns';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function RepresentativesPage() {
  await requirePermission('area.comercial');
  const actor = await requirePermission('representatives.manage');
  const reps = await listRepresentatives(getDb(), actor);
  const t = await getTranslations('representatives');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <ServerTable
        columns={await representativeColumns()}
        rows={reps}
        rowKey={(r) => r.id}
        rowClassName={() => 'align-top'}
        emptyState={<EmptyState title={t('empty')} description={t('emptyHint')} />}
      />
    </>
  );
}

export default withPageMessages('(comercial)/comercial/representantes', RepresentativesPage);
