'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { Input } from '@/components/forms/inputs';
import type { MessageKey } from '@/lib/i18n/message-key';
import type { PosCart } from './use-pos-cart';

/** The sale's lines: quantity and discount typed in place (F3 reaches the last line's quantity), each line's total live. */
export function PosCartTable({ cart, errors, maxDiscountPct }: { cart: PosCart; errors: Record<string, MessageKey[]>; maxDiscountPct: number }) {
  const t = useTranslations('shop.pos');
  const tAll = useTranslations();
  const format = useFormatter();
  const money = (cents: number) => format.number(cents / 100, 'money');
  if (!cart.lines.length) return <p className="rounded-md border border-dashed border-stone-300 p-6 text-center text-sm text-stone-600">{t('empty')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="pos-cart">
        <caption className="sr-only">{t('cart')}</caption>
        <thead>
          <tr className="border-b border-stone-200 text-left text-xs uppercase text-stone-500">
            <th scope="col" className="py-2 pr-2">{t('product')}</th>
            <th scope="col" className="px-2 py-2">{t('quantity')}</th>
            <th scope="col" className="px-2 py-2 text-right">{t('unitPrice')}</th>
            <th scope="col" className="px-2 py-2">{t('lineDiscount')}</th>
            <th scope="col" className="px-2 py-2 text-right">{t('lineTotal')}</th>
            <th scope="col" className="py-2 pl-2"><span className="sr-only">{t('remove', { item: '' })}</span></th>
          </tr>
        </thead>
        <tbody>
          {cart.lines.map((line, i) => {
            const discountErrors = errors[`lines.${i}.discount`] ?? [];
            const quantityErrors = [...(errors[`lines.${i}.quantity`] ?? []), ...(errors[`lines.${i}.variantId`] ?? [])];
            return (
              <tr key={line.variantId} className="border-b border-stone-100 align-top">
                <td className="py-2 pr-2">
                  <span className="block font-medium">{line.description}</span>
                  <span className="block font-mono text-xs text-stone-500">{line.sku}</span>
                  {quantityErrors.map((e) => (
                    <span key={e} role="alert" className="block text-xs text-red-700">{tAll(e)}</span>
                  ))}
                </td>
                <td className="px-2 py-2">
                  <Input
                    type="number"
                    min={1}
                    max={9999}
                    density="compact"
                    className="w-20"
                    data-pos-quantity
                    onFocus={(e) => e.currentTarget.select()}
                    aria-label={t('quantityOf', { item: line.description })}
                    value={line.quantity}
                    onChange={(e) => cart.update(line.variantId, { quantity: Math.max(1, Math.min(9999, Number(e.target.value) || 1)) })}
                  />
                </td>
                <td className="px-2 py-2 text-right tabular-nums">{money(line.unitPriceCents)}</td>
                <td className="px-2 py-2">
                  <Input
                    density="compact"
                    className="w-24"
                    inputMode="decimal"
                    aria-label={t('lineDiscountOf', { item: line.description })}
                    aria-invalid={discountErrors.length > 0 || undefined}
                    aria-describedby={discountErrors.length ? `line-${i}-discount-error` : undefined}
                    invalid={discountErrors.length > 0}
                    value={line.discount}
                    placeholder="0"
                    onChange={(e) => cart.update(line.variantId, { discount: e.target.value })}
                  />
                  {discountErrors.map((e) => (
                    <span key={e} id={`line-${i}-discount-error`} role="alert" className="block text-xs text-red-700">{tAll(e, { max: maxDiscountPct })}</span>
                  ))}
                </td>
                <td className="px-2 py-2 text-right font-medium tabular-nums">{money(cart.live.lineTotals[i] ?? 0)}</td>
                <td className="py-2 pl-2 text-right">
                  <button type="button" className="btn btn-ghost" aria-label={t('remove', { item: line.description })} onClick={() => cart.remove(line.variantId)}>
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
