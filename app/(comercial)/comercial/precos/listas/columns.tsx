import { getFormatter, getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import { ListPriceForm } from '@/components/pricing/price-row-form';
import { Badge } from '@/components/ui/badge';
import type { PriceListItemRow } from '@/lib/pricing/queries';
import { centsToInput } from '@/lib/money';

/** A price list's products, each price editable in its row (an edit marks it overridden); sortable on the server. */
export async function priceListColumns(priceListId: string): Promise<Column<PriceListItemRow>[]> {
  const t = await getTranslations('pricing');
  const format = await getFormatter();
  return [
    { id: 'reference', header: t('fields.reference'), sortKey: 'reference', className: 'font-mono text-xs whitespace-nowrap', cell: (i) => i.reference },
    {
      id: 'product',
      header: t('fields.product'),
      sortKey: 'name',
      cell: (i) => (
        <>
          {i.name} {i.overridden && <Badge tone="amber">{t('overridden')}</Badge>}
        </>
      ),
    },
    { id: 'basePrice', header: t('fields.basePrice'), sortKey: 'basePrice', firstDir: 'desc', align: 'right', className: 'tabular-nums', hideOnMobile: true, cell: (i) => format.number(i.basePriceCents / 100, 'money') },
    {
      id: 'price',
      header: t('fields.price'),
      sortKey: 'price',
      firstDir: 'desc',
      cell: (i) => <ListPriceForm priceListId={priceListId} productId={i.productId} price={centsToInput(i.priceCents)} label={i.name} />,
    },
  ];
}
