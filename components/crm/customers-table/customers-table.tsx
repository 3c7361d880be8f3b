import { ServerTable } from '@/components/data-table/server-table';
import type { CustomerListRow } from '@/lib/crm/queries';
import type { CustomerFilter } from '@/lib/crm/schemas';
import { customerColumns } from './columns';

/** Server-paginated customers table; with `selectable`, each row has a checkbox for the transfer form. */
export async function CustomersTable({
  result,
  filter,
  basePath,
  selectable,
  showCredit,
}: {
  result: { rows: CustomerListRow[]; total: number; page: number; pageSize: number };
  filter: CustomerFilter;
  basePath: string;
  selectable: boolean;
  showCredit: boolean;
}) {
  return (
    <ServerTable
      columns={await customerColumns({ basePath, selectable, showCredit })}
      rows={result.rows}
      rowKey={(c) => c.id}
      sort={{ key: filter.sort, dir: filter.dir }}
      basePath={basePath}
      params={filter}
      paging={{ total: result.total, page: result.page, pageSize: result.pageSize }}
    />
  );
}
