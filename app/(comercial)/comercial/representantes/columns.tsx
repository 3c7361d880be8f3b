import { getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import { RowLink } from '@/components/data-table/row-link';
import { RepresentativeRowForm } from '@/components/crm/representative-row-form';
import { Badge } from '@/components/ui/badge';
import type { RepresentativeRow } from '@/lib/crm/representatives';
import { routes } from '@/lib/routes';

/** The representatives with their portfolio size and, in the row, the form for commission and UFs. */
export async function representativeColumns(): Promise<Column<RepresentativeRow>[]> {
  const t = await getTranslations();
  return [
    {
      id: 'name',
      header: t('representatives.name'),
      cell: (r) => (
        <>
          <span className="font-medium">{r.name}</span> {r.status === 'blocked' && <Badge tone="red">{t('users.statuses.blocked')}</Badge>}
          <span className="block text-xs text-stone-500">{r.email}</span>
        </>
      ),
    },
    {
      id: 'customers',
      header: t('representatives.customers'),
      align: 'right',
      className: 'tabular-nums',
      cell: (r) => (
        <RowLink href={routes.customers.list('comercial', { rep: r.id })} label={`${t('representatives.viewPortfolio')}: ${r.name}`}>
          {r.customers}
        </RowLink>
      ),
    },
    {
      id: 'settings',
      header: `${t('representatives.commission')} · ${t('representatives.ufs')}`,
      cell: (r) => <RepresentativeRowForm id={r.id} name={r.name} commission={(r.commissionBps / 100).toFixed(2).replace('.', ',')} ufs={r.ufs.join(', ')} />,
    },
  ];
}
