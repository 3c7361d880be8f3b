'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { Input, Textarea } from '@/components/forms/inputs';
import { Button } from '@/components/ui/button';
import { sendPurchaseAction } from '@/lib/shop/actions';
import type { ActionResult } from '@/lib/server/use-case';

type Line = { variantId: string; sku: string; description: string; quantity: number; onHand: number; minimum: number };

/** The owner's review of an open request: each line's quantity (0 drops it) and the notes, then send. */
export function PurchaseSendForm({ requestId, lines, toBrand }: { requestId: string; lines: Line[]; toBrand: boolean }) {
  const t = useTranslations('shop.purchases');
  const tAll = useTranslations();
  const router = useRouter();
  const [quantities, setQuantities] = useState(() => Object.fromEntries(lines.map((l) => [l.variantId, String(l.quantity)])));
  const [notes, setNotes] = useState('');
  const [state, setState] = useState<ActionResult | null>(null);
  const [pending, start] = useTransition();
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form
      noValidate
      aria-label={toBrand ? t('sendBrand') : t('send')}
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const result = await sendPurchaseAction({ requestId, notes, lines: lines.map((l) => ({ variantId: l.variantId, quantity: quantities[l.variantId] ?? '' })) });
          setState(result);
          if (result.ok) router.refresh();
        });
      }}
    >
      <table className="w-full text-sm" data-testid="purchase-lines">
        <thead>
          <tr className="border-b border-stone-200 text-left text-xs uppercase text-stone-500">
            <th scope="col" className="py-2">SKU</th>
            <th scope="col" className="py-2">{t('lines')}</th>
            <th scope="col" className="py-2 text-right">{t('quantityOf', { item: '' }).trim()}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => {
            const lineErrors = errors[`lines.${i}.quantity`] ?? [];
            return (
              <tr key={l.variantId} className="border-b border-stone-100 align-top">
                <td className="py-2 font-mono text-xs">{l.sku}</td>
                <td className="py-2">
                  {l.description}
                  <span className="block text-xs text-stone-500">{t('onHand', { n: l.onHand, min: l.minimum })}</span>
                </td>
                <td className="py-2 text-right">
                  <Input
                    inputMode="numeric"
                    density="compact"
                    className="w-20 text-right"
                    aria-label={t('quantityOf', { item: l.description })}
                    aria-invalid={lineErrors.length > 0 || undefined}
                    invalid={lineErrors.length > 0}
                    value={quantities[l.variantId] ?? ''}
                    onChange={(e) => setQuantities({ ...quantities, [l.variantId]: e.target.value })}
                  />
                  {lineErrors.map((k) => (
                    <span key={k} role="alert" className="block text-xs text-red-700">{tAll(k)}</span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="text-xs text-stone-500">{t('quantityHint')}</p>
      <label className="block text-sm font-medium" htmlFor={`notes-${requestId}`}>
        {t('notes')}
      </label>
      <Textarea id={`notes-${requestId}`} density="block" rows={3} maxLength={1000} value={notes} onChange={(e) => setNotes(e.target.value)} />
      <FormMessage state={state && !state.ok ? state : null} />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {toBrand ? t('sendBrand') : t('send')}
      </Button>
    </form>
  );
}
