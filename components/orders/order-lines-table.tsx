import { getFormatter, getTranslations } from 'next-intl/server';
import type { OrderDetail } from '@/lib/orders/queries';

/** The lines of a submitted order, grouped by product: color, size, quantity, unit price and line total. */
export async function OrderLinesTable({ lines }: { lines: OrderDetail['lines'] }) {
  const t = await getTranslations('orders');
  const format = await getFormatter();
  const money = (cents: number) => format.number(cents / 100, 'money');
  const products = [...new Map(lines.map((l) => [l.productId, `${l.productName} (${l.reference})`])).entries()];
  if (!lines.length) return <p className="text-sm text-stone-600">{t('detail.empty')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" data-testid="order-lines">
        <thead className="text-left text-stone-600">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">{t('grid.color')}</th>
            <th scope="col" className="py-1 pr-3 font-medium">SKU</th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">{t('detail.pieces')}</th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">{t('detail.unit')}</th>
            <th scope="col" className="py-1 text-right font-medium">{t('detail.lineTotal')}</th>
          </tr>
        </thead>
        {products.map(([productId, name]) => (
          <tbody key={productId} className="border-t border-stone-200">
            <tr>
              <th scope="rowgroup" colSpan={5} className="pt-3 pb-1 text-left font-semibold">
                {name}
              </th>
            </tr>
            {lines
              .filter((l) => l.productId === productId)
              .map((l) => (
                <tr key={l.id} className="border-t border-stone-100">
                  <td className="py-1 pr-3">
                    <span className="mr-2 inline-block h-3 w-3 rounded-full border border-stone-300 align-middle" style={{ backgroundColor: l.colorHex }} />
                    {l.colorName} · {l.size}
                  </td>
                  <td className="py-1 pr-3 font-mono text-xs">{l.sku}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{l.quantity}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{money(l.unitPriceCents)}</td>
                  <td className="py-1 text-right tabular-nums">{money(l.quantity * l.unitPriceCents)}</td>
                </tr>
              ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
