'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { Input, Select } from '@/components/forms/inputs';
import { Button, ButtonLink } from '@/components/ui/button';
import type { MessageKey } from '@/lib/i18n/message-key';
import { routes, type ShopArea } from '@/lib/routes';
import { finishSaleAction, parkSaleAction, resumeSaleAction } from '@/lib/shop/actions';
import type { FieldErrors } from '@/lib/server/use-case';
import { PosCartTable } from './pos-cart-table';
import { PosConsumer } from './pos-consumer';
import { PosPayments } from './pos-payments';
import type { ShopPix } from './pos-pix';
import { PosSearch } from './pos-search';
import { usePosCart } from './use-pos-cart';

export type PosSession = { id: string; registerName: string };
export type ParkedCart = { id: string; label: string; lines: number };
type Done = { saleId: string; number: number; changeCents: number };

/** The point of sale: search or scan, adjust the lines, pay, finish — every step reachable from the keyboard (F2–F9). */
export function PosScreen({ area, sessions, parked, pix, maxDiscountPct }: { area: ShopArea; sessions: PosSession[]; parked: ParkedCart[]; pix: ShopPix; maxDiscountPct: number }) {
  const t = useTranslations('shop.pos');
  const tAll = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const cart = usePosCart();
  const [sessionId, setSessionId] = useState(sessions[0]?.id ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<{ key: MessageKey; meta?: Record<string, string | number> } | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [pending, startTransition] = useTransition();
  const searchRef = useRef<HTMLInputElement | null>(null);
  const discountRef = useRef<HTMLInputElement | null>(null);
  const consumerRef = useRef<HTMLInputElement | null>(null);
  const money = (cents: number) => format.number(cents / 100, 'money');

  const fail = (result: { error: MessageKey; fieldErrors: FieldErrors; meta?: Record<string, string | number> }) => {
    setErrors(result.fieldErrors);
    setFormError({ key: result.error, meta: result.meta });
  };
  const reset = () => {
    setErrors({});
    setFormError(null);
  };

  const finish = () =>
    startTransition(async () => {
      const result = await finishSaleAction(cart.input(sessionId));
      if (!result.ok) return fail(result);
      reset();
      setDone({ saleId: result.data.saleId, number: result.data.number, changeCents: result.data.changeCents });
      cart.clear();
    });

  const park = () =>
    startTransition(async () => {
      const label = cart.consumer?.name ?? '';
      const result = await parkSaleAction({ label, consumerId: cart.consumer?.id ?? '', discount: cart.saleDiscount, lines: cart.input(sessionId).lines });
      if (!result.ok) return fail(result);
      reset();
      cart.clear();
      router.refresh();
      searchRef.current?.focus();
    });

  const resume = (parkedId: string) =>
    startTransition(async () => {
      const result = await resumeSaleAction({ parkedId, sessionId });
      if (!result.ok) return fail(result);
      const { cart: saved, items, consumer } = result.data;
      cart.restore({
        lines: saved.lines.flatMap((l) => {
          const item = items.find((i) => i.variantId === l.variantId);
          return item ? [{ ...item, quantity: l.quantity, discount: l.discount }] : [];
        }),
        discount: saved.discount,
        consumer,
      });
      setDone(null);
      router.refresh();
      searchRef.current?.focus();
    });

  const newSale = () => {
    setDone(null);
    reset();
    setTimeout(() => searchRef.current?.focus(), 0);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const keys: Record<string, () => void> = {
        F2: () => searchRef.current?.focus(),
        F3: () => [...document.querySelectorAll<HTMLInputElement>('[data-pos-quantity]')].at(-1)?.focus(),
        F4: () => discountRef.current?.focus(),
        F6: () => consumerRef.current?.focus(),
        F7: () => cart.lines.length && park(),
        F8: () => document.querySelector<HTMLButtonElement>('[data-pos-method="cash"]')?.focus(),
        F9: () => (done ? newSale() : finish()),
      };
      const run = keys[e.key];
      if (!run) return;
      e.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!sessions.length)
    return (
      <div className="rounded-lg border border-amber-200 bg-amber-50 p-6 text-amber-900">
        <p className="mb-3">{t('noOpenRegister')}</p>
        <ButtonLink href={routes.shop.registers(area)}>{t('openRegister')}</ButtonLink>
      </div>
    );

  const discountErrors = errors.discount ?? [];
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <section className="space-y-4" aria-label={t('cart')}>
        {sessions.length > 1 && (
          <label className="flex items-center gap-2 text-sm">
            {t('register')}
            <Select density="compact" value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.registerName}
                </option>
              ))}
            </Select>
          </label>
        )}
        {done && (
          <div role="status" className="space-y-3 rounded-lg border border-green-200 bg-green-50 p-4 text-green-900" data-testid="pos-done">
            <p className="text-lg font-semibold">{t('done', { number: done.number })}</p>
            {done.changeCents > 0 && <p className="text-2xl font-bold tabular-nums">{t('doneChange', { change: money(done.changeCents) })}</p>}
            <div className="flex flex-wrap gap-2">
              <ButtonLink variant="secondary" href={routes.shop.receipt(area, done.saleId, '80mm')} target="_blank">{t('receipt80')}</ButtonLink>
              <ButtonLink variant="secondary" href={routes.shop.receipt(area, done.saleId, 'a4')} target="_blank">{t('receiptA4')}</ButtonLink>
              <Button type="button" onClick={newSale}>{t('newSale')} (F9)</Button>
            </div>
          </div>
        )}
        <PosSearch inputRef={searchRef} sessionId={sessionId} onAdd={(item) => { setDone(null); cart.add(item); }} />
        <PosCartTable cart={cart} errors={errors} maxDiscountPct={maxDiscountPct} />
        {(errors.lines ?? []).map((e) => (
          <p key={e} role="alert" className="text-sm text-red-700">{tAll(e, formError?.meta)}</p>
        ))}
        <p className="text-xs text-stone-500">
          <span className="font-medium">{t('shortcuts')}:</span> {t('shortcutList')}
        </p>
        {parked.length > 0 && (
          <div>
            <h2 className="mb-2 text-sm font-semibold">{t('parked')}</h2>
            <ul className="flex flex-wrap gap-2">
              {parked.map((p) => (
                <li key={p.id}>
                  <Button type="button" variant="secondary" onClick={() => resume(p.id)} disabled={pending}>
                    {t('resume', { label: p.label })} · {t('parkedLines', { n: p.lines })}
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm" aria-label={t('payments')}>
        <PosConsumer inputRef={consumerRef} consumer={cart.consumer} onChange={cart.setConsumer} />
        <div className="space-y-1">
          <label htmlFor="pos-discount" className="block text-sm font-medium text-stone-800">{t('saleDiscount')}</label>
          <Input
            ref={discountRef}
            id="pos-discount"
            density="block"
            inputMode="decimal"
            value={cart.saleDiscount}
            placeholder="0"
            invalid={discountErrors.length > 0}
            aria-invalid={discountErrors.length > 0 || undefined}
            aria-describedby={discountErrors.length ? 'pos-discount-error' : 'pos-discount-hint'}
            onChange={(e) => cart.setSaleDiscount(e.target.value)}
          />
          {discountErrors.length ? (
            <p id="pos-discount-error" role="alert" className="text-sm text-red-700">{discountErrors.map((e) => tAll(e, { max: maxDiscountPct })).join(' ')}</p>
          ) : (
            <p id="pos-discount-hint" className="text-xs text-stone-500">{t('discountHint', { max: maxDiscountPct })}</p>
          )}
        </div>
        <dl className="grid grid-cols-2 gap-1 border-y border-stone-200 py-3 text-sm">
          <dt className="text-stone-600">{t('subtotal')}</dt>
          <dd className="text-right tabular-nums">{money(cart.live.subtotalCents)}</dd>
          <dt className="text-stone-600">{t('lineDiscount')}</dt>
          <dd className="text-right tabular-nums">− {money(cart.live.discountCents)}</dd>
          <dt className="text-lg font-semibold">{t('total')}</dt>
          <dd className="text-right text-2xl font-bold tabular-nums" data-testid="pos-total">{money(cart.live.totalCents)}</dd>
        </dl>
        <PosPayments cart={cart} errors={errors.payments ?? []} pix={pix} />
        {formError && !Object.keys(errors).length && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{tAll(formError.key, formError.meta)}</p>
        )}
        <div className="flex flex-wrap gap-2">
          <Button type="button" className="flex-1 py-3 text-base" onClick={finish} disabled={pending || !cart.lines.length} aria-busy={pending}>
            {pending ? t('finishing') : t('finish')}
          </Button>
          <Button type="button" variant="secondary" onClick={park} disabled={pending || !cart.lines.length}>{t('park')}</Button>
        </div>
      </section>
    </div>
  );
}
