import { getFormatter, getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import { RowLink } from '@/components/data-table/row-link';
import { Badge } from '@/components/ui/badge';
import { formatDocument } from '@/lib/crm/document';
import type { CustomerListRow } from '@/lib/crm/queries';
import { routes, type CustomersArea } from '@/lib/routes';

/** The customers list's columns; `selectable` adds the transfer checkbox, `showCredit` the limit staff see, and finance also sees what is open and what credit is left. */
export async function customerColumns({ area, selectable, showCredit }: { area: CustomersArea; selectable: boolean; showCredit: boolean }): Promise<Column<CustomerListRow>[]> {
  const t = await getTranslations('customers');
  const format = await getFormatter();
  const showOpenCredit = showCredit && area === 'financeiro';
  const columns: (Column<CustomerListRow> | false)[] = [
    selectable && {
      id: 'select',
      header: <span className="sr-only">{t('select')}</span>,
      className: 'w-8',
      // The checkbox belongs to the transfer form above the table, not to a form around it.
      cell: (c) => <input type="checkbox" name="customerIds" value={c.id} form="transfer-form" aria-label={t('selectOne', { name: c.name })} />,
    },
    {
      id: 'name',
      header: t('fields.name'),
      sortKey: 'name',
      cell: (c) => (
        <>
          <RowLink href={routes.customers.detail(area, c.id)}>{c.name}</RowLink>
          {c.tradeName && <span className="block text-xs text-stone-500">{c.tradeName}</span>}
        </>
      ),
    },
    { id: 'document', header: t('fields.document'), className: 'font-mono text-xs whitespace-nowrap', hideOnMobile: true, cell: (c) => formatDocument(c.document) },
    { id: 'city', header: t('fields.city'), sortKey: 'city', cell: (c) => c.city ?? '—' },
    { id: 'uf', header: t('fields.uf'), sortKey: 'uf', cell: (c) => c.uf },
    {
      id: 'representative',
      header: t('fields.representative'),
      hideOnMobile: true,
      cell: (c) => c.representativeName ?? <span className="text-stone-600">{t('noRepresentative')}</span>,
    },
    showCredit && { id: 'creditLimit', header: t('fields.creditLimit'), sortKey: 'creditLimit', align: 'right', className: 'tabular-nums', cell: (c) => format.number(c.creditLimitCents / 100, 'money') },
    showOpenCredit && { id: 'openAmount', header: t('fields.openAmount'), align: 'right', className: 'tabular-nums', cell: (c) => format.number(c.openCents / 100, 'money') },
    showOpenCredit && {
      id: 'creditAvailable',
      header: t('fields.creditAvailable'),
      align: 'right',
      className: 'tabular-nums',
      cell: (c) => <span className={c.creditLimitCents - c.openCents < 0 ? 'text-red-700' : ''}>{format.number((c.creditLimitCents - c.openCents) / 100, 'money')}</span>,
    },
    {
      id: 'status',
      header: t('fields.status'),
      cell: (c) => <Badge tone={c.status === 'active' ? 'green' : 'red'}>{t(`statuses.${c.status}`)}</Badge>,
    },
  ];
  return columns.filter((c): c is Column<CustomerListRow> => c !== false);
}
