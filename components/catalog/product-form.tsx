'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { RowEditor, rowsFromValues } from '@/components/crm/row-editor';
import { SelectField, TextField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { createProductAction } from '@/lib/catalog/actions';
import type { ActionResult } from '@/lib/server/use-case';
import { Textarea } from '@/components/forms/inputs';

type Color = { name: string; hex: string };

/** A new product: its data, the colors (name + swatch) and a size scale; the grid is generated on save. */
export function ProductForm() {
  const t = useTranslations('catalog');
  const tr = useTranslations();
  const [state, action] = useActionState<ActionResult | null, FormData>(createProductAction, null);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? {};
  const errors = failed?.fieldErrors ?? {};
  const v = (k: string) => values[k] ?? '';
  const [scale, setScale] = useState(v('sizeScale') || 'letters');
  const colorRows = failed ? rowsFromValues<Color>(values, 'colors', ['name', 'hex']) : [{ key: 0, row: { name: '', hex: '#111111' } }];
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
          <label htmlFor="description" className="block text-sm font-medium text-stone-800">
            {t('fields.description')}
          </label>
          <Textarea id="description" name="description" defaultValue={v('description')} rows={3} density="block" className="mt-1" />
        </div>
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold">{t('sections.sizes')}</legend>
        <SelectField
          label={t('fields.sizeScale')}
          name="sizeScale"
          value={scale}
          onChange={(e) => setScale(e.target.value)}
          errors={errors.sizeScale}
          options={[
            { value: 'letters', label: 'PP – GG' },
            { value: 'numbers', label: '34 – 46' },
            { value: 'custom', label: t('customScale') },
          ]}
        />
        {scale === 'custom' && <TextField label={t('fields.customSizes')} name="customSizes" defaultValue={v('customSizes')} errors={errors.customSizes} hint={t('hints.customSizes')} />}
      </fieldset>
      <RowEditor<Color>
        legend={t('sections.colors')}
        name="colors"
        initial={colorRows}
        empty={{ name: '', hex: '#111111' }}
        addLabel={t('addColor')}
        emptyHint={t('noColors')}
        renderRow={(row, p) => (
          <>
            <TextField label={t('fields.colorName')} name={`${p}.name`} defaultValue={row.name} errors={errors[`${p}.name`]} />
            <div className="space-y-1">
              <label htmlFor={`${p}.hex`} className="block text-sm font-medium text-stone-800">
                {t('fields.colorHex')}
              </label>
              <input id={`${p}.hex`} name={`${p}.hex`} type="color" defaultValue={row.hex || '#111111'} className="h-9 w-16 rounded border border-stone-300" />
            </div>
          </>
        )}
      />
      {errors.colors && (
        <p role="alert" className="text-sm text-red-700">
          {errors.colors.map((e) => tr(e)).join(' ')}
        </p>
      )}
      <SubmitButton>{t('create')}</SubmitButton>
    </form>
  );
}
