'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { TextField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { createSupplierAction } from '@/lib/shop/actions';

const FIELDS = [
  ['name', 'organization', 120],
  ['cnpj', 'off', 20],
  ['email', 'email', 200],
  ['phone', 'tel', 20],
  ['contact', 'name', 120],
] as const;

/** A new supplier; a wrong CNPJ check digit is refused at its field and what was typed stays. */
export function SupplierForm() {
  const t = useTranslations('shop.suppliers');
  const [state, action] = useActionState(createSupplierAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="grid gap-4 sm:grid-cols-2" aria-label={t('add')}>
      {FIELDS.map(([name, autoComplete, max]) => (
        <TextField key={name} label={t(name)} name={name} id={`supplier-${name}`} autoComplete={autoComplete} maxLength={max} defaultValue={failed?.values?.[name] ?? ''} errors={failed?.fieldErrors[name]} />
      ))}
      <div className="space-y-2 sm:col-span-2">
        <FormMessage state={state} success={t('added')} />
        <SubmitButton>{t('add')}</SubmitButton>
      </div>
    </form>
  );
}
