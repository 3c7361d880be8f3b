import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/data-table/empty-state';
import { ServerTable } from '@/components/data-table/server-table';
import type { AuditFilter } from '@/lib/audit/schemas';
import { auditColumns, type AuditRow } from './columns';
import { routes } from '@/lib/routes';

/** The audit log, newest first (its only order), paginated with the filters kept in the URL. */
export async function AuditTable({ result, filter }: { result: { rows: AuditRow[]; total: number; capped: boolean; page: number; pageSize: number }; filter: AuditFilter }) {
  const t = await getTranslations('audit');
  return (
    <ServerTable
      columns={await auditColumns()}
      rows={result.rows}
      rowKey={(r) => r.id}
      rowClassName={() => 'align-top'}
      sort={{ key: 'at', dir: 'desc', fixed: true }}
      basePath={routes.admin.audit()}
      params={filter}
      paging={{ total: result.total, capped: result.capped, page: result.page, pageSize: result.pageSize }}
      emptyState={<EmptyState title={t('emptyTitle')} description={t('emptyFiltered')} />}
    />
  );
}
