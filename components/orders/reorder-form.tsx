'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { reorderAction } from '@/lib/orders/actions';
import { routes, type OrdersArea } from '@/lib/routes';
import type { ActionResult } from '@/lib/server/use-case';

/** "Pedir novamente": copies this order's lines into the draft at today's prices, and says what was left out. */
export function ReorderForm({ orderId, area }: { orderId: string; area: OrdersArea }) {
  const t = useTranslations();
  const [state, setState] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const done = state?.ok ? (state.data as { orderId: string; number: number; skipped: string[] }) : null;
  return (
    <form
      aria-label={t('orders.reorder.button')}
      className="flex flex-col items-end print:hidden"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(async () => setState(await reorderAction(null, data)));
      }}
    >
      <input type="hidden" name="orderId" value={orderId} />
      <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>
        {pending ? t('common.saving') : t('orders.reorder.button')}
      </Button>
      <span aria-live="polite" className="mt-1 max-w-xs text-right text-sm empty:mt-0">
        {done && (
          <span className="text-green-800">
            {t('orders.reorder.done', { number: done.number })}{' '}
            <Link href={routes.orders.detail(area, done.orderId)} className="font-medium underline">
              {t('orders.reorder.open')}
            </Link>
            {done.skipped.length > 0 && <span className="block text-amber-800">{t('orders.reorder.skipped', { products: done.skipped.join(', ') })}</span>}
          </span>
        )}
        {state && !state.ok && (
          <span role="alert" className="text-red-700">
            {t(state.error, state.meta)}
          </span>
        )}
      </span>
    </form>
  );
}
