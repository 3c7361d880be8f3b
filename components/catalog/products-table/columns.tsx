import { getFormatter, getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import { RowLink } from '@/components/data-table/row-link';
import { Badge } from '@/components/ui/badge';
import type { ProductListRow } from '@/lib/catalog/queries';
import { routes } from '@/lib/routes';
import { ProductPhoto } from '../product-photo';

export type { ProductListRow };

/** The comercial products list's columns, sortable on the server (`sort`/`dir` of productFilterSchema). */
export async function productColumns(): Promise<Column<ProductListRow>[]> {
  const t = await getTranslations('catalog');
  const format = await getFormatter();
  return [
    // The name beside it says what the photo shows: the thumbnail is decorative (alt='').
    { id: 'photo', header: <span className="sr-only">{t('list.photo')}</span>, className: 'w-14', cell: (p) => <ProductPhoto imageId={p.imageId} alt="" category={p.category} size="thumb" /> },
    { id: 'reference', header: t('fields.reference'), sortKey: 'reference', className: 'font-mono text-xs', cell: (p) => p.reference },
    {
      id: 'name',
      header: t('fields.name'),
      sortKey: 'name',
      cell: (p) => (
        <>
          <RowLink href={routes.products.detail(p.id)}>{p.name}</RowLink> {!p.active && <Badge>{t('inactive')}</Badge>}
        </>
      ),
    },
    { id: 'collection', header: t('fields.collection'), sortKey: 'collection', hideOnMobile: true, cell: (p) => p.collection ?? '—' },
    { id: 'category', header: t('fields.category'), sortKey: 'category', hideOnMobile: true, cell: (p) => p.category ?? '—' },
    { id: 'basePrice', header: t('fields.basePrice'), sortKey: 'price', firstDir: 'desc', align: 'right', className: 'tabular-nums', cell: (p) => format.number(p.basePriceCents / 100, 'money') },
    { id: 'variants', header: t('variants'), align: 'right', className: 'tabular-nums', hideOnMobile: true, cell: (p) => p.variants },
    { id: 'onHand', header: t('onHand'), sortKey: 'onHand', firstDir: 'desc', align: 'right', className: 'tabular-nums', cell: (p) => p.onHand },
    { id: 'active', header: t('list.activeColumn'), align: 'center', hideOnMobile: true, cell: (p) => (p.active ? t('list.yes') : t('list.no')) },
  ];
}
