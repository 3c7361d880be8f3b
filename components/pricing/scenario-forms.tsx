'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { SelectField, TextField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { createScenarioAction, updateScenarioAction } from '@/lib/pricing/actions';
import { ROUNDING_RULES } from '@/lib/pricing/rounding';
import type { ActionResult } from '@/lib/server/use-case';
import { Input, Select } from '@/components/forms/inputs';

export function NewScenarioForm() {
  const t = useTranslations('pricing');
  const [state, action] = useActionState<ActionResult | null, FormData>(createScenarioAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="grid items-start gap-4 md:grid-cols-4" noValidate key={failed ? JSON.stringify(failed.values) : 'i'}>
      <div className="md:col-span-4">
        <FormMessage state={state} />
      </div>
      <TextField label={t('fields.name')} name="name" defaultValue={failed?.values?.name ?? ''} errors={failed?.fieldErrors.name} />
      <TextField label={t('fields.factor')} name="factor" defaultValue={failed?.values?.factor ?? '100'} errors={failed?.fieldErrors.factor} hint={t('hints.factor')} inputMode="decimal" />
      <SelectField label={t('fields.rounding')} name="rounding" defaultValue={failed?.values?.rounding ?? 'end90'} options={ROUNDING_RULES.map((r) => ({ value: r, label: t(`rounding.${r}`) }))} />
      <div className="pt-6">
        <SubmitButton>{t('create')}</SubmitButton>
      </div>
    </form>
  );
}

export function ScenarioRowForm({ id, name, factor, rounding }: { id: string; name: string; factor: string; rounding: string }) {
  const t = useTranslations('pricing');
  return (
    <InlineActionForm action={updateScenarioAction} submitLabel={t('saveAndRegenerate')} label={name}>
      <input type="hidden" name="id" value={id} />
      <label className="sr-only" htmlFor={`n-${id}`}>{t('fields.name')}</label>
      <Input id={`n-${id}`} name="name" defaultValue={name} density="compact" className="w-44" />
      <label className="sr-only" htmlFor={`f-${id}`}>{t('fields.factor')}</label>
      <Input id={`f-${id}`} name="factor" defaultValue={factor} inputMode="decimal" density="compact" className="w-20" />
      <label className="sr-only" htmlFor={`r-${id}`}>{t('fields.rounding')}</label>
      <Select id={`r-${id}`} name="rounding" defaultValue={rounding} density="compact">
        {ROUNDING_RULES.map((r) => (
          <option key={r} value={r}>
            {t(`rounding.${r}`)}
          </option>
        ))}
      </Select>
    </InlineActionForm>
  );
}
