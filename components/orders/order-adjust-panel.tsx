'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { adjustOrderAction } from '@/lib/orders/actions';
import { orderTotals } from '@/lib/orders/conditions';
import type { ActionResult } from '@/lib/server/use-case';
import { QuantityGrid, typedQuantity } from './quantity-cell';

export type AdjustLine = {
  variantId: string;
  productId: string;
  productName: string;
  reference: string;
  colorName: string;
  colorHex: string;
  size: string;
  quantity: number;
  unitPriceCents: number;
  available: number;
};

/**
 * The pieces of an order waiting for approval, with "Ajustar quantidades" for those who may change
 * them: one color × size grid per product holding only the order's lines (0 removes a line), the
 * pieces and the new total as they are typed (the server adds it up again from the order's own
 * prices), then save or cancel. Out of that mode it shows `table`, the order's lines.
 */
export function OrderAdjustPanel({ orderId, lines, discountBps, table }: { orderId: string; lines: AdjustLine[]; discountBps: number; table: ReactNode }) {
  const t = useTranslations('orders');
  const tRoot = useTranslations();
  const format = useFormatter();
  const money = (cents: number) => format.number(cents / 100, 'money');
  const [editing, setEditing] = useState(false);
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [state, setState] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // Entering the mode puts the caret in the first quantity; leaving it gives the focus back to the button.
  useEffect(() => {
    if (editing) {
      const first = formRef.current?.querySelector<HTMLInputElement>('input[data-row]');
      first?.focus();
      first?.select();
    } else if (wasEditing.current) startRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const start = () => {
    setQuantities(Object.fromEntries(lines.map((l) => [l.variantId, String(l.quantity)])));
    setState(null);
    setEditing(true);
  };
  const typed = lines.map((l) => ({ ...l, quantity: typedQuantity(quantities[l.variantId]) }));
  const pieces = typed.reduce((s, l) => s + l.quantity, 0);
  const preview = orderTotals(typed, discountBps).totalCents;
  const error = state && !state.ok ? (Object.values(state.fieldErrors)[0]?.[0] ?? state.error) : null;
  const saved = state?.ok ? (state.data as { totalCents: number }) : null;
  const products = [...new Map(lines.map((l) => [l.productId, l])).values()];

  return (
    <Card
      title={t('detail.pieces')}
      action={
        !editing && (
          <Button ref={startRef} type="button" variant="secondary" onClick={start}>
            {t('adjust.start')}
          </Button>
        )
      }
    >
      <p aria-live="polite" className="text-sm">
        {!editing && saved && <span className="mb-3 block text-green-800">{t('adjust.saved', { total: money(saved.totalCents) })}</span>}
      </p>
      {!editing ? (
        table
      ) : (
        <form
          ref={formRef}
          aria-label={t('adjust.title')}
          noValidate
          className="space-y-4"
          onKeyDown={(e) => {
            if (e.key === 'Escape' && !pending) setEditing(false);
          }}
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData();
            data.set('orderId', orderId);
            lines.forEach((l, i) => {
              data.set(`lines.${i}.variantId`, l.variantId);
              data.set(`lines.${i}.quantity`, quantities[l.variantId]?.trim() || '0');
            });
            startTransition(async () => {
              const result = await adjustOrderAction(null, data);
              setState(result);
              if (result.ok) setEditing(false);
            });
          }}
        >
          <p className="text-sm text-stone-600">{t('adjust.hint')}</p>
          {products.map((p) => {
            const cells = lines.filter((l) => l.productId === p.productId);
            return (
              <section key={p.productId} aria-labelledby={`adjust-${p.productId}`}>
                <h3 id={`adjust-${p.productId}`} className="flex flex-wrap justify-between gap-x-3 text-sm font-semibold">
                  <span>{`${p.productName} (${p.reference})`}</span>
                  <span className="font-normal text-stone-600 tabular-nums">{t('adjust.unit', { price: money(p.unitPriceCents) })}</span>
                </h3>
                <QuantityGrid cells={cells} quantities={quantities} setQuantities={setQuantities} testId="adjust-grid" />
              </section>
            );
          })}
          <p className="text-sm text-stone-700 tabular-nums" data-testid="adjust-preview">
            {t('grid.totalPieces', { n: pieces })} · {t('adjust.newTotal')} <strong>{money(preview)}</strong>
          </p>
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={pending} aria-busy={pending}>
              {pending ? tRoot('common.saving') : t('adjust.save')}
            </Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => setEditing(false)}>
              {t('adjust.cancel')}
            </Button>
            <span aria-live="polite" className="text-sm">
              {error && (
                <span role="alert" className="text-red-700">
                  {tRoot(error, state && !state.ok ? state.meta : undefined)}
                </span>
              )}
            </span>
          </div>
        </form>
      )}
    </Card>
  );
}
