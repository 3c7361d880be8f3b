'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { RowEditor, rowsFromValues } from '@/components/crm/row-editor';
import { SelectField, TextField } from '@/components/forms/field';
import type { MessageKey } from '@/lib/i18n/message-key';

type Color = { name: string; hex: string };

/**
 * The color × size grid of a new product: a size scale (or custom sizes) and the colours (name + swatch).
 * `values` and `errors` come from the failed attempt, so nothing typed is lost.
 */
export function GridFields({ values, errors, failed }: { values: Record<string, string>; errors: Record<string, MessageKey[] | undefined>; failed: boolean }) {
  const t = useTranslations('catalog');
  const tr = useTranslations();
  const [scale, setScale] = useState(values.sizeScale || 'letters');
  const colorRows = failed ? rowsFromValues<Color>(values, 'colors', ['name', 'hex']) : [{ key: 0, row: { name: '', hex: '#111111' } }];
  return (
    <>
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
        {scale === 'custom' && <TextField label={t('fields.customSizes')} name="customSizes" defaultValue={values.customSizes ?? ''} errors={errors.customSizes} hint={t('hints.customSizes')} />}
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
    </>
  );
}
