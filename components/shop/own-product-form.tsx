'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { GridFields } from '@/components/catalog/grid-fields';
import { FieldFrame, SelectField, TextField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { Textarea } from '@/components/forms/inputs';
import { SubmitButton } from '@/components/forms/submit-button';
import type { ActionResult } from '@/lib/server/use-case';
import { createOwnProductAction, updateOwnProductAction } from '@/lib/shop/own-product-actions';

export type OwnProductValues = Record<'id' | 'name' | 'description' | 'category' | 'brand' | 'supplierId' | 'ncm' | 'cost' | 'price', string> & { active: boolean };
export type OwnProductOptions = { categories: string[]; brands: string[]; suppliers: { value: string; label: string }[]; markupPercent: number };

/**
 * The shop's own product: registering it (reference and the color × size grid too) or editing its data.
 * Category and brand suggest what the shop already uses; a blank price sells at cost plus the markup.
 */
export function OwnProductForm({ product, options }: { product?: OwnProductValues; options: OwnProductOptions }) {
  const t = useTranslations('shop.products');
  const tc = useTranslations('catalog');
  const [state, action] = useActionState<ActionResult | null, FormData>(product ? updateOwnProductAction : createOwnProductAction, null);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? {};
  const errors = failed?.fieldErrors ?? {};
  const v = (k: keyof OwnProductValues | 'reference') => values[k] ?? (product && k !== 'reference' ? String(product[k] ?? '') : '');
  return (
    <form action={action} className="space-y-6" noValidate key={failed ? JSON.stringify(values) : 'initial'}>
      {product && <input type="hidden" name="id" value={product.id} />}
      <FormMessage state={state} success={t('saved')} />
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold">{tc('sections.product')}</legend>
        {!product && <TextField label={tc('fields.reference')} name="reference" defaultValue={v('reference')} errors={errors.reference} hint={tc('hints.reference')} autoComplete="off" />}
        <TextField label={tc('fields.name')} name="name" defaultValue={v('name')} errors={errors.name} />
        <TextField label={tc('fields.category')} name="category" defaultValue={v('category')} errors={errors.category} list="own-categories" autoComplete="off" />
        <TextField label={tc('fields.brand')} name="brand" defaultValue={v('brand')} errors={errors.brand} list="own-brands" autoComplete="off" hint={t('brandHint')} />
        <datalist id="own-categories">
          {options.categories.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <datalist id="own-brands">
          {options.brands.map((b) => (
            <option key={b} value={b} />
          ))}
        </datalist>
        <SelectField label={t('supplier')} name="supplierId" defaultValue={v('supplierId')} errors={errors.supplierId} options={options.suppliers} placeholder={t('noSupplier')} hint={t('supplierHint')} />
        <TextField label={tc('fields.ncm')} name="ncm" defaultValue={v('ncm')} errors={errors.ncm} inputMode="numeric" />
        <div className="grid grid-cols-2 gap-4 md:col-span-2 md:max-w-md">
          <TextField label={t('cost')} name="cost" defaultValue={v('cost')} errors={errors.cost} inputMode="decimal" />
          <TextField label={t('price')} name="price" defaultValue={v('price')} errors={errors.price} inputMode="decimal" hint={t('priceHint', { markup: options.markupPercent })} />
        </div>
        <div className="md:col-span-2">
          <FieldFrame label={tc('fields.description')} name="description" errors={errors.description}>
            <Textarea id="description" name="description" defaultValue={v('description')} rows={3} density="block" invalid={Boolean(errors.description)} aria-invalid={errors.description ? true : undefined} aria-describedby={errors.description ? 'description-error' : undefined} />
          </FieldFrame>
        </div>
        {product && (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="active" value="on" defaultChecked={failed ? values.active === 'on' : product.active} />
            {t('active')}
          </label>
        )}
      </fieldset>
      {!product && <GridFields values={values} errors={errors} failed={Boolean(failed)} />}
      <SubmitButton>{product ? t('save') : t('create')}</SubmitButton>
    </form>
  );
}
