import { getFormatter, getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import { RowLink } from '@/components/data-table/row-link';
import { Badge } from '@/components/ui/badge';
import type { listProducts } from '@/lib/catalog/queries';
import { routes } from '@/lib/routes';

export type ProductListRow = Awaited<ReturnType<typeof listProducts>>[number];

/** The comercial products list's columns. */
export async function productColumns(): Promise<Column<ProductListRow>[]> {
  const t = await getTranslations('catalog');
  const format = await getFormatter();
  return [
    { id: 'reference', header: t('fields.reference'), className: 'font-mono text-xs', cell: (p) => p.reference },
    {
      id: 'name',
      header: t('fields.name'),
      cell: (p) => (
        <>
          <RowLink href={routes.products.detail(p.id)}>{p.name}</RowLink> {!p.active && <Badge>{t('inactive')}</Badge>}
        </>
      ),
    },
    { id: 'collection', header: t('fields.collection'), hideOnMobile: true, cell: (p) => p.collection ?? '—' },
    { id: 'category', header: t('fields.category'), hideOnMobile: true, cell: (p) => p.category ?? '—' },
    { id: 'basePrice', header: t('fields.basePrice'), align: 'right', className: 'tabular-nums', cell: (p) => format.number(p.basePriceCents / 100, 'money') },
    { id: 'variants', header: t('variants'), align: 'right', className: 'tabular-nums', hideOnMobile: true, cell: (p) => p.variants },
    { id: 'onHand', header: t('onHand'), align: 'right', className: 'tabular-nums', cell: (p) => p.onHand },
  ];
}
