import { getFormatter, getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import type { OrderDetail } from '@/lib/orders/queries';

type OrderLine = OrderDetail['lines'][number];

/** A submitted order's line columns: color, size, quantity, unit price and line total. */
export async function orderLineColumns(): Promise<Column<OrderLine>[]> {
  const t = await getTranslations('orders');
  const format = await getFormatter();
  const money = (cents: number) => format.number(cents / 100, 'money');
  return [
    {
      id: 'color',
      header: t('grid.color'),
      cell: (l) => (
        <>
          <span className="mr-2 dot" style={{ backgroundColor: l.colorHex }} />
          {l.colorName} · {l.size}
        </>
      ),
    },
    { id: 'sku', header: 'SKU', className: 'font-mono text-xs', cell: (l) => l.sku },
    { id: 'pieces', header: t('detail.pieces'), align: 'right', className: 'tabular-nums', cell: (l) => l.quantity },
    { id: 'unit', header: t('detail.unit'), align: 'right', className: 'tabular-nums', cell: (l) => money(l.unitPriceCents) },
    { id: 'lineTotal', header: t('detail.lineTotal'), align: 'right', className: 'tabular-nums', cell: (l) => money(l.quantity * l.unitPriceCents) },
  ];
}
