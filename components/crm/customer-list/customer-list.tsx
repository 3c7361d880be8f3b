import { TableView } from '@/components/data-table/table-view';
import { customerListColumns, type CustomerListItem } from './columns';

export async function CustomerList({ rows }: { rows: CustomerListItem[] }) {
  return <TableView columns={await customerListColumns()} rows={rows} rowKey={(r) => r.id} variant="plain" />;
}
