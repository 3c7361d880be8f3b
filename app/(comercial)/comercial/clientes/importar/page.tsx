import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ImportUploadForm } from '@/components/crm/import-upload-form';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { CUSTOMER_CSV_COLUMNS } from '@/lib/crm/csv-format';
import { listRecentImports } from '@/lib/crm/import-queries';
import { routes } from '@/lib/routes';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function ImportPage() {
  await requirePermission('area.comercial');
  const actor = await requirePermission('customers.import');
  const recent = await listRecentImports(getDb(), actor);
  const t = await getTranslations('customers.import');
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card title={t('upload')}>
          <ImportUploadForm />
          <details className="mt-6 text-sm">
            <summary className="cursor-pointer text-brand-800">{t('formatTitle')}</summary>
            <p className="mt-2 text-stone-700">{t('formatBody')}</p>
            <code className="mt-2 block overflow-x-auto rounded bg-stone-50 p-2 text-xs">{CUSTOMER_CSV_COLUMNS.join(',')}</code>
          </details>
        </Card>
        <Card title={t('recent')}>
          {recent.length === 0 ? (
            <p className="text-sm text-stone-600">{t('noRecent')}</p>
          ) : (
            <ul className="divide-y divide-stone-100 text-sm">
              {recent.map((r) => (
                <li key={r.id} className="py-2">
                  <Link href={routes.customers.import(r.id)} className="row-link">
                    {r.filename}
                  </Link>
                  <span className="block text-stone-600">
                    {format.dateTime(r.createdAt, 'short')} · {t(`statuses.${r.status}`)} · {t('rowsCount', { count: r.totalRows })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}

export default withPageMessages('(comercial)/comercial/clientes/importar', ImportPage);
