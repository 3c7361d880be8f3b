'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { SelectField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import type { CompanySize, UseType } from '@/lib/crm/schemas';
import { setAdvancedPricingAction } from '@/lib/pricing/actions';
import type { ActionResult } from '@/lib/server/use-case';

/** "Preços › Configurações avançadas": a scenario per company size, and the system default per use type. */
export function AdvancedPricingForm({ scenarios, sizes, useTypes, current }: { scenarios: { value: string; label: string }[]; sizes: readonly CompanySize[]; useTypes: readonly UseType[]; current: { sizes: Record<string, string>; useTypes: Record<string, string> } }) {
  const t = useTranslations('pricing');
  const tc = useTranslations('customers');
  const [state, action] = useActionState<ActionResult | null, FormData>(setAdvancedPricingAction, null);
  return (
    <form action={action} className="space-y-6">
      <FormMessage state={state} success={t('advanced.saved')} />
      <fieldset className="grid gap-4 md:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold">{t('advanced.bySize')}</legend>
        {sizes.map((s) => (
          <SelectField key={s} label={tc(`sizes.${s}`)} name={`sizes.${s}`} defaultValue={current.sizes[s] ?? ''} placeholder={t('advanced.none')} options={scenarios} />
        ))}
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold">{t('advanced.byUseType')}</legend>
        <p className="text-sm text-amber-900 md:col-span-3">{t('advanced.warning')}</p>
        {useTypes.map((u) => (
          <SelectField key={u} label={tc(`useTypes.${u}`)} name={`useTypes.${u}`} defaultValue={current.useTypes[u] ?? ''} placeholder={t('advanced.none')} options={scenarios} />
        ))}
      </fieldset>
      <SubmitButton>{t('save')}</SubmitButton>
    </form>
  );
}
