'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { Input, Select } from '@/components/forms/inputs';
import { Button } from '@/components/ui/button';
import { centsToInput, parseMoneyCents } from '@/lib/money';
import type { MessageKey } from '@/lib/i18n/message-key';
import { PAYMENT_METHODS, type PaymentMethod } from '@/lib/shop/sale-math';
import { PosPix, type ShopPix } from './pos-pix';
import type { PosCart } from './use-pos-cart';

/** How the buyer pays (F8): one or several methods; each new one starts with what is still missing; cash shows the change. */
export function PosPayments({ cart, errors, pix }: { cart: PosCart; errors: MessageKey[]; pix: ShopPix }) {
  const t = useTranslations('shop');
  const tAll = useTranslations();
  const format = useFormatter();
  const money = (cents: number) => format.number(cents / 100, 'money');
  // A new method starts with what is still missing, its amount selected to type over.
  const add = (method: PaymentMethod) => {
    const key = cart.addPayment(method, cart.live.remainingCents > 0 ? centsToInput(cart.live.remainingCents) : '');
    setTimeout(() => {
      const input = document.getElementById(`pos-amount-${key}`) as HTMLInputElement | null;
      input?.focus();
      input?.select();
    }, 0);
  };
  const pixCents = cart.payments.filter((p) => p.method === 'pix').reduce((s, p) => s + (parseMoneyCents(p.amount, 10) ?? 0), 0);
  return (
    <fieldset className="space-y-3" aria-describedby={errors.length ? 'pos-payments-error' : undefined}>
      <legend className="text-sm font-semibold text-stone-900">{t('pos.payments')}</legend>
      {cart.payments.map((p) => (
        <div key={p.key} className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col text-xs text-stone-600">
            {t('pos.method')}
            <Select density="compact" value={p.method} onChange={(e) => cart.updatePayment(p.key, { method: e.target.value as PaymentMethod })}>
              {PAYMENT_METHODS.map((m) => (
                <option key={m} value={m}>
                  {t(`methods.${m}`)}
                </option>
              ))}
            </Select>
          </label>
          <label className="flex flex-col text-xs text-stone-600">
            {t('pos.amount')}
            <Input
              id={`pos-amount-${p.key}`}
              density="compact"
              inputMode="decimal"
              className="w-32"
              aria-label={t('pos.amountOf', { method: t(`methods.${p.method}`) })}
              value={p.amount}
              invalid={errors.length > 0}
              aria-invalid={errors.length > 0 || undefined}
              onChange={(e) => cart.updatePayment(p.key, { amount: e.target.value })}
            />
          </label>
          {p.method === 'credit' && (
            <label className="flex flex-col text-xs text-stone-600">
              {t('pos.installments')}
              <Select density="compact" value={p.installments} onChange={(e) => cart.updatePayment(p.key, { installments: Number(e.target.value) })}>
                {Array.from({ length: 12 }, (_, n) => n + 1).map((n) => (
                  <option key={n} value={n}>
                    {t('pos.installmentsN', { n })}
                  </option>
                ))}
              </Select>
            </label>
          )}
          <Button type="button" variant="ghost" aria-label={t('pos.removePayment', { method: t(`methods.${p.method}`) })} onClick={() => cart.removePayment(p.key)}>
            ×
          </Button>
        </div>
      ))}
      <div className="flex flex-wrap gap-2">
        {PAYMENT_METHODS.map((m) => (
          <Button key={m} type="button" variant="secondary" data-pos-method={m} onClick={() => add(m)}>
            + {t(`methods.${m}`)}
          </Button>
        ))}
      </div>
      {errors.length > 0 && (
        <p id="pos-payments-error" role="alert" className="text-sm text-red-700">
          {errors.map((e) => tAll(e)).join(' ')}
        </p>
      )}
      <dl className="grid grid-cols-2 gap-1 text-sm" aria-live="polite">
        <dt className="text-stone-600">{t('pos.paid')}</dt>
        <dd className="text-right tabular-nums">{money(cart.live.paidCents)}</dd>
        <dt className="text-stone-600">{t('pos.remaining')}</dt>
        <dd className="text-right font-semibold tabular-nums" data-testid="pos-remaining">{money(cart.live.remainingCents)}</dd>
        <dt className="text-stone-600">{t('pos.change')}</dt>
        <dd className="text-right font-semibold tabular-nums" data-testid="pos-change">{money(cart.live.changeCents)}</dd>
      </dl>
      {pixCents > 0 && <PosPix pix={pix} amountCents={pixCents} reference={`V${cart.saleKey.replace(/-/g, '').slice(0, 20)}`} />}
    </fieldset>
  );
}
