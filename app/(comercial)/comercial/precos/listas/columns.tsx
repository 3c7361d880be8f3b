import { getFormatter, getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import { ListPriceForm } from '@/components/pricing/price-row-form';
import { Badge } from '@/components/ui/badge';
import type { priceListItemsFor } from '@/lib/pricing/queries';
import { centsToInput } from '@/lib/money';

type PriceListItem = NonNullable<Awaited<ReturnType<typeof priceListItemsFor>>>['items'][number];

/** A price list's products, each price editable in its row (an edit marks it overridden). */
export async function priceListColumns(priceListId: string): Promise<Column<PriceListItem>[]> {
  const t = await getTranslations('pricing');
  const format = await getFormatter();
  return [
    {
      id: 'product',
      header: t('fields.product'),
      cell: (i) => (
        <>
          <span className="font-mono text-xs">{i.reference}</span> {i.name} {i.overridden && <Badge tone="amber">{t('overridden')}</Badge>}
        </>
      ),
    },
    { id: 'basePrice', header: t('fields.basePrice'), align: 'right', className: 'tabular-nums', cell: (i) => format.number(i.basePriceCents / 100, 'money') },
    {
      id: 'price',
      header: t('fields.price'),
      cell: (i) => <ListPriceForm priceListId={priceListId} productId={i.productId} price={centsToInput(i.priceCents)} label={i.name} />,
    },
  ];
}
