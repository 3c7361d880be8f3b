'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { TextField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { updateProductAction, updateVariantSettingsAction } from '@/lib/catalog/actions';
import type { ActionResult } from '@/lib/server/use-case';
import { Input, Select, Textarea } from '@/components/forms/inputs';

type ProductValues = Record<'id' | 'name' | 'description' | 'collection' | 'category' | 'brand' | 'supplier' | 'ncm' | 'cost' | 'basePrice', string> & { active: boolean };

/** The product's data; a new base price reprices every list. */
export function ProductEditForm({ product }: { product: ProductValues }) {
  const t = useTranslations('catalog');
  const [state, action] = useActionState<ActionResult | null, FormData>(updateProductAction, null);
  const failed = state && !state.ok ? state : null;
  const v = (k: keyof ProductValues) => failed?.values?.[k] ?? String(product[k] ?? '');
  const errors = failed?.fieldErrors ?? {};
  return (
    <form action={action} className="grid gap-4 md:grid-cols-2" noValidate key={failed ? JSON.stringify(failed.values) : 'i'}>
      <input type="hidden" name="id" value={product.id} />
      <div className="md:col-span-2">
        <FormMessage state={state} success={t('saved')} />
      </div>
      <TextField label={t('fields.name')} name="name" defaultValue={v('name')} errors={errors.name} />
      <TextField label={t('fields.collection')} name="collection" defaultValue={v('collection')} errors={errors.collection} />
      <TextField label={t('fields.category')} name="category" defaultValue={v('category')} errors={errors.category} />
      <TextField label={t('fields.brand')} name="brand" defaultValue={v('brand')} errors={errors.brand} />
      <TextField label={t('fields.supplier')} name="supplier" defaultValue={v('supplier')} errors={errors.supplier} />
      <TextField label={t('fields.ncm')} name="ncm" defaultValue={v('ncm')} errors={errors.ncm} inputMode="numeric" />
      <TextField label={t('fields.cost')} name="cost" defaultValue={v('cost')} errors={errors.cost} inputMode="decimal" />
      <TextField label={t('fields.basePrice')} name="basePrice" defaultValue={v('basePrice')} errors={errors.basePrice} inputMode="decimal" />
      <div className="md:col-span-2">
        <label htmlFor="edit-description" className="block text-sm font-medium text-stone-800">
          {t('fields.description')}
        </label>
        <Textarea id="edit-description" name="description" defaultValue={v('description')} rows={3} density="block" className="mt-1" />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="active" value="on" defaultChecked={failed ? failed.values?.active === 'on' : product.active} />
        {t('fields.active')}
      </label>
      <div className="md:col-span-2">
        <SubmitButton>{t('save')}</SubmitButton>
      </div>
    </form>
  );
}

/** One variant's EAN-13 and its minimum stock at a channel. */
export function VariantSettingsForm({ variantId, label, ean, channels, minimum }: { variantId: string; label: string; ean: string; channels: { value: string; label: string }[]; minimum: string }) {
  const t = useTranslations('catalog');
  return (
    <InlineActionForm action={updateVariantSettingsAction} submitLabel={t('save')} label={label}>
      <input type="hidden" name="variantId" value={variantId} />
      <label className="sr-only" htmlFor={`ean-${variantId}`}>{t('fields.ean')}</label>
      <Input id={`ean-${variantId}`} name="ean" defaultValue={ean} placeholder="EAN-13" inputMode="numeric" density="compact" className="w-36 font-mono" />
      <label className="sr-only" htmlFor={`ch-${variantId}`}>{t('stock.channel')}</label>
      <Select id={`ch-${variantId}`} name="channelId" density="compact">
        {channels.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </Select>
      <label className="sr-only" htmlFor={`min-${variantId}`}>{t('fields.minimum')}</label>
      <Input id={`min-${variantId}`} name="minimum" defaultValue={minimum} inputMode="numeric" title={t('fields.minimum')} density="compact" className="w-16" />
    </InlineActionForm>
  );
}
