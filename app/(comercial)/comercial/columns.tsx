import { getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import type { countRepresentatives } from '@/lib/crm/queries';

type PortfolioRow = Awaited<ReturnType<typeof countRepresentatives>>[number];

/** The comercial home's portfolios: each representative and how many customers it serves. */
export async function portfolioColumns(): Promise<Column<PortfolioRow>[]> {
  const t = await getTranslations('home');
  return [
    { id: 'representative', header: t('representative'), cell: (r) => r.name },
    { id: 'customers', header: t('customers'), align: 'right', className: 'tabular-nums', cell: (r) => r.customers },
  ];
}
