'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FieldFrame, TextField } from '@/components/forms/field';
import { GridFields } from './grid-fields';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { createProductAction } from '@/lib/catalog/actions';
import type { ActionResult } from '@/lib/server/use-case';
import { Textarea } from '@/components/forms/inputs';

/** A new product: its data, the colors (name + swatch) and a size scale; the grid is generated on save. */
export function ProductForm() {
  const t = useTranslations('catalog');
  const [state, action] = useActionState<ActionResult | null, FormData>(createProductAction, null);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? {};
  const errors = failed?.fieldErrors ?? {};
  const v = (k: string) => values[k] ?? '';
  return (
    <form action={action} className="space-y-6" noValidate key={failed ? JSON.stringify(values) : 'initial'}>
      <FormMessage state={state} />
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold">{t('sections.product')}</legend>
        <TextField label={t('fields.reference')} name="reference" defaultValue={v('reference')} errors={errors.reference} hint={t('hints.reference')} />
        <TextField label={t('fields.name')} name="name" defaultValue={v('name')} errors={errors.name} />
        <TextField label={t('fields.collection')} name="collection" defaultValue={v('collection')} errors={errors.collection} hint={t('hints.collection')} />
        <TextField label={t('fields.category')} name="category" defaultValue={v('category')} errors={errors.category} />
        <TextField label={t('fields.brand')} name="brand" defaultValue={v('brand')} errors={errors.brand} />
        <TextField label={t('fields.supplier')} name="supplier" defaultValue={v('supplier')} errors={errors.supplier} />
        <TextField label={t('fields.ncm')} name="ncm" defaultValue={v('ncm')} errors={errors.ncm} inputMode="numeric" />
        <div className="grid grid-cols-2 gap-4">
          <TextField label={t('fields.cost')} name="cost" defaultValue={v('cost')} errors={errors.cost} inputMode="decimal" />
          <TextField label={t('fields.basePrice')} name="basePrice" defaultValue={v('basePrice')} errors={errors.basePrice} inputMode="decimal" />
        </div>
        <div className="md:col-span-2">
          <FieldFrame label={t('fields.description')} name="description" errors={errors.description}>
            <Textarea id="description" name="description" defaultValue={v('description')} rows={3} density="block" invalid={Boolean(errors.description)} aria-invalid={errors.description ? true : undefined} aria-describedby={errors.description ? 'description-error' : undefined} />
          </FieldFrame>
        </div>
      </fieldset>
      <GridFields values={values} errors={errors} failed={Boolean(failed)} />
      <SubmitButton>{t('create')}</SubmitButton>
    </form>
  );
}
