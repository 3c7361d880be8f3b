import { getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import type { getProductAdmin } from '@/lib/catalog/queries';

type ProductAdmin = NonNullable<Awaited<ReturnType<typeof getProductAdmin>>>;
type VariantRow = ProductAdmin['variants'][number];

/** The product's stock matrix: one row per variant, one column per channel with what is free to sell. */
export async function adminStockColumns(data: Pick<ProductAdmin, 'channels' | 'levels'>): Promise<Column<VariantRow>[]> {
  const t = await getTranslations('catalog');
  const level = (channelId: string, variantId: string) => data.levels.find((l) => l.channelId === channelId && l.variantId === variantId);
  return [
    {
      id: 'variant',
      header: t('stock.variant'),
      rowHeader: true,
      cell: (v) => (
        <>
          <span className="mr-1 dot" style={{ backgroundColor: v.colorHex }} /> {v.colorName} {v.size}
          <span className="block font-mono text-xs text-stone-500">
            {v.sku}
            {v.ean ? ` · EAN ${v.ean}` : ''}
          </span>
        </>
      ),
    },
    ...data.channels.map(
      (c): Column<VariantRow> => ({
        id: c.code,
        header: c.code,
        align: 'right',
        className: 'tabular-nums',
        cell: (v) => {
          const l = level(c.id, v.id);
          return (
            <>
              {l ? `${l.onHand - l.reserved}` : '0'}
              {l && l.reserved > 0 && <span className="block text-xs text-stone-500">{t('stock.reserved', { count: l.reserved })}</span>}
            </>
          );
        },
      }),
    ),
  ];
}
