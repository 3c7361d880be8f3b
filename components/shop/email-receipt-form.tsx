'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { TextField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { emailReceiptAction } from '@/lib/shop/actions';

/** Sends the sale's receipt to the buyer's e-mail (the consumer's, when the sale has one, comes filled in). */
export function EmailReceiptForm({ saleId, email }: { saleId: string; email: string }) {
  const t = useTranslations('shop.receipt');
  const [state, action] = useActionState(emailReceiptAction, null);
  const failed = state && !state.ok ? state : null;
  const sentTo = state?.ok ? (state.data as { email: string }).email : null;
  return (
    <form action={action} noValidate className="space-y-3" aria-label={t('email')}>
      <input type="hidden" name="saleId" value={saleId} />
      <TextField label={t('emailTo')} name="email" id={`receipt-email-${saleId}`} type="email" autoComplete="email" maxLength={200} defaultValue={failed?.values?.email ?? email} errors={failed?.fieldErrors.email} />
      <FormMessage state={state} success={sentTo ? t('emailed', { email: sentTo }) : undefined} />
      <SubmitButton variant="secondary">{t('email')}</SubmitButton>
    </form>
  );
}
