import { getTranslations } from 'next-intl/server';
import { RestrictionForm } from '@/components/catalog/restriction-form';
import { EmptyState } from '@/components/data-table/empty-state';
import { ServerTable } from '@/components/data-table/server-table';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listRestrictions, restrictionOptions } from '@/lib/catalog/queries';
import { UFS } from '@/lib/crm/document';
import { COMPANY_SIZES } from '@/lib/crm/schemas';
import { restrictionColumns } from './columns';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function RestrictionsPage() {
  await requirePermission('area.comercial');
  const actor = await requirePermission('catalog.manage');
  const db = getDb();
  const [rows, options] = await Promise.all([listRestrictions(db, actor), restrictionOptions(db, actor)]);
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t('catalog.restrictions.title')} description={t('catalog.restrictions.description')} />
      <Card title={t('catalog.restrictions.new')} className="mb-6">
        <RestrictionForm
          options={{
            ...options,
            uf: UFS.map((u) => ({ value: u, label: u })),
            size: COMPANY_SIZES.map((s) => ({ value: s, label: t(`customers.sizes.${s}`) })),
          }}
        />
      </Card>
      <ServerTable
        columns={await restrictionColumns()}
        rows={rows}
        rowKey={(r) => r.id}
        emptyState={<EmptyState title={t('catalog.restrictions.emptyTitle')} description={t('catalog.restrictions.emptyBody')} />}
      />
    </>
  );
}

export default withPageMessages('(comercial)/comercial/restricoes', RestrictionsPage);
