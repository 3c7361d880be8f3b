import { getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import type { getCustomerImport } from '@/lib/crm/import-queries';

type ReportRow = Awaited<ReturnType<typeof getCustomerImport>>['report'][number];

/** The import report: each refused line of the file and why. */
export async function importReportColumns(): Promise<Column<ReportRow>[]> {
  const t = await getTranslations();
  return [
    { id: 'line', header: t('customers.import.line'), className: 'tabular-nums', cell: (r) => r.line },
    { id: 'document', header: t('customers.fields.document'), className: 'font-mono text-xs', cell: (r) => r.document },
    { id: 'name', header: t('customers.fields.name'), cell: (r) => r.name },
    {
      id: 'errors',
      header: t('customers.import.errors'),
      cell: (r) => (
        <ul>
          {r.errors.map((e, i) => (
            <li key={i}>
              <code className="text-xs text-stone-600">{e.field === '_row' ? '' : e.field}</code> {t(e.message)}
            </li>
          ))}
        </ul>
      ),
    },
  ];
}
