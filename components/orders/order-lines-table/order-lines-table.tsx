import { getTranslations } from 'next-intl/server';
import { ProductPhoto } from '@/components/catalog/product-photo';
import { TableView } from '@/components/data-table/table-view';
import type { OrderDetail } from '@/lib/orders/queries';
import { orderLineColumns } from './columns';

/** The lines of a submitted order, grouped by product. */
export async function OrderLinesTable({ lines }: { lines: OrderDetail['lines'] }) {
  const t = await getTranslations('orders');
  if (!lines.length) return <p className="text-sm text-stone-600">{t('detail.empty')}</p>;
  return (
    <TableView
      columns={await orderLineColumns()}
      rows={lines}
      rowKey={(l) => l.id}
      variant="plain"
      testId="order-lines"
      groupBy={{
        key: (l) => l.productId,
        label: (l) => (
          <span className="flex items-center gap-3">
            <ProductPhoto imageId={l.imageId} alt="" category={l.category} size="thumb" />
            {`${l.productName} (${l.reference})`}
          </span>
        ),
      }}
    />
  );
}
