'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { routes, type OrdersArea } from '@/lib/routes';
import type { ActionResult } from '@/lib/server/use-case';
import { QuantityGrid, typedQuantity } from './quantity-cell';

export type GridCell = { variantId: string; colorName: string; colorHex: string; size: string; available: number; quantity?: number };

/**
 * The color × size grid with a quantity per cell. Quantities above the stock available at the
 * order's origin are flagged as they are typed. `add` sums into the draft ("Adicionar ao pedido");
 * `set` replaces the product's quantities in a draft. Only ids and quantities are sent.
 */
export function OrderGridForm({
  action,
  productId,
  orderId,
  cells,
  mode,
  area,
}: {
  action: (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  productId: string;
  orderId?: string;
  cells: GridCell[];
  mode: 'add' | 'set';
  /** Where the order the grid adds to is opened. */
  area: OrdersArea;
}) {
  const t = useTranslations();
  const initial = Object.fromEntries(cells.map((c) => [c.variantId, c.quantity ? String(c.quantity) : '']));
  const [quantities, setQuantities] = useState<Record<string, string>>(initial);
  const [state, setState] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const qty = (id: string) => typedQuantity(quantities[id]);
  const total = cells.reduce((s, c) => s + qty(c.variantId), 0);
  const over = cells.some((c) => qty(c.variantId) > c.available);
  const error = state && !state.ok ? (Object.values(state.fieldErrors)[0]?.[0] ?? state.error) : null;
  const added = state?.ok && mode === 'add' ? (state.data as { orderId: string; number: number }) : null;

  return (
    <form
      aria-label={mode === 'add' ? t('orders.grid.title') : t('orders.grid.update')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData();
        data.set('productId', productId);
        if (orderId) data.set('orderId', orderId);
        cells.forEach((c, i) => {
          data.set(`lines.${i}.variantId`, c.variantId);
          data.set(`lines.${i}.quantity`, quantities[c.variantId]?.trim() || '0');
        });
        startTransition(async () => {
          const result = await action(null, data);
          setState(result);
          if (result.ok && mode === 'add') setQuantities(Object.fromEntries(cells.map((c) => [c.variantId, ''])));
        });
      }}
    >
      <QuantityGrid cells={cells} quantities={quantities} setQuantities={setQuantities} testId="order-grid" />
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} aria-busy={pending} variant={mode === 'add' ? 'primary' : 'secondary'}>
          {pending ? t('common.saving') : mode === 'add' ? t('orders.grid.add') : t('orders.grid.update')}
        </Button>
        <span className="text-sm text-stone-600 tabular-nums">{t('orders.grid.totalPieces', { n: total })}</span>
        <span aria-live="polite" className="text-sm">
          {added && (
            <span className="text-green-800">
              {t('orders.grid.added', { number: added.number })}{' '}
              <Link href={routes.orders.detail(area, added.orderId)} className="font-medium underline">
                {t('orders.grid.viewOrder')}
              </Link>
            </span>
          )}
          {state?.ok && mode === 'set' && <span className="text-green-800">{t('common.saved')}</span>}
          {error && (
            <span role="alert" className="text-red-700">
              {t(error, state && !state.ok ? state.meta : undefined)}
            </span>
          )}
        </span>
      </div>
      {over && <p className="mt-2 text-xs text-red-700">{t('orders.grid.overStockSummary')}</p>}
    </form>
  );
}
