'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { TextField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { voidSaleAction } from '@/lib/shop/actions';

/** The owner voids a sale with its reason (what was typed stays if it is refused). */
export function VoidSaleForm({ saleId }: { saleId: string }) {
  const t = useTranslations('shop.sales');
  const [state, action] = useActionState(voidSaleAction, null);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="space-y-3" noValidate aria-label={t('voidTitle')}>
      <input type="hidden" name="saleId" value={saleId} />
      <p className="text-sm text-stone-600">{t('voidHint')}</p>
      <TextField label={t('voidReason')} name="reason" defaultValue={values?.reason} errors={state && !state.ok ? state.fieldErrors.reason : undefined} required minLength={3} maxLength={300} />
      <FormMessage state={state} />
      <SubmitButton variant="danger">{t('void')}</SubmitButton>
    </form>
  );
}
