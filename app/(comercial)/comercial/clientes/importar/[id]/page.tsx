import { getTranslations } from 'next-intl/server';
import { ImportProgress } from '@/components/crm/import-progress';
import { ButtonLink } from '@/components/ui/button';
import { TableView } from '@/components/data-table/table-view';
import { Card, PageHeader, StatCard } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { getCustomerImport } from '@/lib/crm/import-queries';
import { orNotFound } from '@/lib/server/not-found';
import { importReportColumns } from './columns';
import { routes } from '@/lib/routes';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function ImportPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('area.comercial');
  const actor = await requirePermission('customers.import');
  const { id } = await params;
  const job = await orNotFound(getCustomerImport(getDb(), actor, id));
  const ti = await getTranslations('customers.import');
  return (
    <>
      <PageHeader title={ti('previewTitle', { filename: job.filename })} description={ti('previewDescription')} actions={<ButtonLink variant="secondary" href={routes.customers.imports()}>{ti('another')}</ButtonLink>} />
      <div className="mb-6 grid gap-4 sm:grid-cols-5">
        <StatCard label={ti('counts.total')} value={job.totalRows} />
        <StatCard label={ti('counts.create')} value={job.toCreate} />
        <StatCard label={ti('counts.update')} value={job.toUpdate} />
        <StatCard label={ti('counts.unchanged')} value={job.unchanged} />
        <StatCard label={ti('counts.invalid')} value={job.invalid} />
      </div>
      <Card title={ti('apply')} className="mb-6">
        <ImportProgress importId={job.id} initial={job} />
      </Card>
      <Card title={ti('problems')}>
        {job.report.length === 0 ? (
          <p className="text-sm text-stone-600">{ti('noProblems')}</p>
        ) : (
          <div>
            <TableView columns={await importReportColumns()} rows={job.report} rowKey={(r) => r.line} variant="plain" testId="import-report" />
            {job.invalid > job.report.length && <p className="mt-2 text-sm text-stone-600">{ti('reportCapped', { shown: job.report.length, total: job.invalid })}</p>}
          </div>
        )}
      </Card>
    </>
  );
}

export default withPageMessages('(comercial)/comercial/clientes/importar/[id]', ImportPreviewPage);
