import { ServerTable } from '@/components/data-table/server-table';
import type { CustomerListRow } from '@/lib/crm/queries';
import type { CustomerFilter } from '@/lib/crm/schemas';
import { routes, type CustomersArea } from '@/lib/routes';
import { customerColumns } from './columns';

/** Server-paginated customers table; with `selectable`, each row has a checkbox for the transfer form. */
export async function CustomersTable({
  result,
  filter,
  area,
  selectable,
  showCredit,
}: {
  result: { rows: CustomerListRow[]; total: number; page: number; pageSize: number };
  filter: CustomerFilter;
  area: CustomersArea;
  selectable: boolean;
  showCredit: boolean;
}) {
  return (
    <ServerTable
      columns={await customerColumns({ area, selectable, showCredit })}
      rows={result.rows}
      rowKey={(c) => c.id}
      sort={{ key: filter.sort, dir: filter.dir }}
      basePath={routes.customers.list(area)}
      params={filter}
      paging={{ total: result.total, page: result.page, pageSize: result.pageSize }}
    />
  );
}
