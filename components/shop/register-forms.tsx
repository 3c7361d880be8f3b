'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SelectField, TextField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import type { ShopArea } from '@/lib/routes';
import { closeRegisterAction, moveRegisterCashAction, openRegisterAction } from '@/lib/shop/actions';
import type { ActionResult } from '@/lib/server/use-case';
import { PAYMENT_METHODS } from '@/lib/shop/sale-math';

const failed = (state: ActionResult | null) => (state && !state.ok ? state : null);

/** Opens a register with the float counted into it. */
export function OpenRegisterForm({ registerId, name }: { registerId: string; name: string }) {
  const t = useTranslations('shop.registers');
  const [state, action] = useActionState(openRegisterAction, null);
  const f = failed(state);
  return (
    <form action={action} noValidate className="flex flex-wrap items-end gap-3" aria-label={`${t('openAction')} ${name}`}>
      <input type="hidden" name="registerId" value={registerId} />
      <TextField label={t('float')} name="float" id={`float-${registerId}`} inputMode="decimal" defaultValue={f?.values?.float ?? ''} errors={f?.fieldErrors.float} className="w-36" />
      <SubmitButton>{t('openAction')}</SubmitButton>
      <FormMessage state={f} />
    </form>
  );
}

/** A withdrawal (sangria) or a deposit (suprimento), with its reason. */
export function MovementForm({ sessionId }: { sessionId: string }) {
  const t = useTranslations('shop.registers');
  const [state, action] = useActionState(moveRegisterCashAction, null);
  const f = failed(state);
  return (
    <form action={action} noValidate className="grid gap-3 sm:grid-cols-[auto_auto_1fr_auto] sm:items-end" aria-label={t('movement')}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <SelectField label={t('kind')} name="kind" id={`kind-${sessionId}`} defaultValue={f?.values?.kind ?? 'withdrawal'} options={(['withdrawal', 'deposit'] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
      <TextField label={t('amount')} name="amount" id={`amount-${sessionId}`} inputMode="decimal" defaultValue={f?.values?.amount ?? ''} errors={f?.fieldErrors.amount} className="w-32" />
      <TextField label={t('reason')} name="reason" id={`reason-${sessionId}`} defaultValue={f?.values?.reason ?? ''} errors={f?.fieldErrors.reason} maxLength={300} />
      <SubmitButton>{t('record')}</SubmitButton>
      <div className="sm:col-span-4">
        <FormMessage state={state} success={state?.ok ? t('record') + ' ✓' : undefined} />
      </div>
    </form>
  );
}

/** Closes the register: what was counted per method; the report then shows expected vs counted. */
export function CloseRegisterForm({ sessionId, area }: { sessionId: string; area: ShopArea }) {
  const t = useTranslations('shop');
  const [state, action] = useActionState(closeRegisterAction, null);
  const f = failed(state);
  return (
    <form action={action} noValidate className="space-y-3" aria-label={t('registers.close')}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="area" value={area} />
      <p className="text-sm text-stone-600">{t('registers.closeHint')}</p>
      <div className="grid gap-3 sm:grid-cols-4">
        {PAYMENT_METHODS.map((m) => (
          <TextField key={m} label={t(`methods.${m}`)} name={m} id={`count-${sessionId}-${m}`} inputMode="decimal" defaultValue={f?.values?.[m] ?? ''} errors={f?.fieldErrors[m]} />
        ))}
      </div>
      <TextField label={t('registers.notes')} name="notes" id={`notes-${sessionId}`} defaultValue={f?.values?.notes ?? ''} maxLength={500} />
      <FormMessage state={f} />
      <SubmitButton variant="danger">{t('registers.close')}</SubmitButton>
    </form>
  );
}
