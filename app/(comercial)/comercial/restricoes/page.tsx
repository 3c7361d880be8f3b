import { getTranslations } from 'next-intl/server';
import { RestrictionForm } from '@/components/catalog/restriction-form';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/data-table/empty-state';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { removeRestrictionAction } from '@/lib/catalog/actions';
import { listRestrictions, restrictionOptions } from '@/lib/catalog/queries';
import { UFS } from '@/lib/crm/document';
import { COMPANY_SIZES } from '@/lib/crm/schemas';

export default async function RestrictionsPage() {
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
      {rows.length === 0 ? (
        <EmptyState title={t('catalog.restrictions.emptyTitle')} description={t('catalog.restrictions.emptyBody')} />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="min-w-full divide-y divide-stone-200 text-sm">
            <thead className="bg-stone-50 text-left">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">{t('catalog.restrictions.hidden')}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t('catalog.restrictions.from')}</th>
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">{t('catalog.restrictions.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="px-3 py-2">
                    {t(`catalog.restrictions.targets.${r.targetKind}`)}: <strong>{r.targetLabel}</strong>
                  </td>
                  <td className="px-3 py-2">
                    {t(`catalog.restrictions.audiences.${r.audienceKind}`)}: <strong>{r.audienceKind === 'size' ? t(`customers.sizes.${r.audienceValue}`) : r.audienceLabel}</strong>
                  </td>
                  <td className="px-3 py-2 text-right">
                    <form action={removeRestrictionAction}>
                      <input type="hidden" name="id" value={r.id} />
                      <Button type="submit" variant="ghost">
                        {t('catalog.restrictions.remove')}
                      </Button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
