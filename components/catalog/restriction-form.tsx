'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { CustomerPicker } from '@/components/crm/customer-picker';
import { ProductPicker } from './product-picker';
import { SelectField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useSuccessCount } from '@/components/forms/use-success-count';
import { addRestrictionAction } from '@/lib/catalog/actions';
import type { ActionResult } from '@/lib/server/use-case';

type Option = { value: string; label: string };
type Options = { category: Option[]; collection: Option[]; group: Option[]; uf: Option[]; size: Option[] };

/** What to hide (a product, found with the picker; a category or collection) and from whom (a customer, found with the picker; a group, UF or company size). */
export function RestrictionForm({ options }: { options: Options }) {
  const t = useTranslations('catalog.restrictions');
  const [state, action] = useActionState<ActionResult | null, FormData>(addRestrictionAction, null);
  const failed = state && !state.ok ? state : null;
  const [target, setTarget] = useState<'product' | 'category' | 'collection'>((failed?.values?.targetKind as 'product') ?? 'product');
  const [audience, setAudience] = useState<'customer' | 'group' | 'uf' | 'size'>((failed?.values?.audienceKind as 'customer') ?? 'uf');
  const added = useSuccessCount(state);
  return (
    <form action={action} className="grid gap-4 md:grid-cols-2" noValidate>
      <div className="md:col-span-2">
        <FormMessage state={state} success={t('added')} />
      </div>
      <SelectField label={t('targetKind')} name="targetKind" value={target} onChange={(e) => setTarget(e.target.value as typeof target)} options={(['product', 'category', 'collection'] as const).map((k) => ({ value: k, label: t(`targets.${k}`) }))} />
      {target === 'product' ? (
        // A product is searched by reference or name, not scrolled for among the whole catalog.
        <ProductPicker key={`p-${added}`} label={t('targetValue')} name="targetValue" errors={failed?.fieldErrors.targetValue} />
      ) : (
        <SelectField key={`t-${target}`} label={t('targetValue')} name="targetValue" defaultValue={failed?.values?.targetValue ?? ''} placeholder={t('choose')} errors={failed?.fieldErrors.targetValue} options={options[target]} />
      )}
      <SelectField label={t('audienceKind')} name="audienceKind" value={audience} onChange={(e) => setAudience(e.target.value as typeof audience)} options={(['customer', 'group', 'uf', 'size'] as const).map((k) => ({ value: k, label: t(`audiences.${k}`) }))} />
      {audience === 'customer' ? (
        // A customer is searched, not listed (there are hundreds); a new one is chosen after each restriction added.
        <CustomerPicker key={added} label={t('audienceValue')} name="audienceValue" errors={failed?.fieldErrors.audienceValue} />
      ) : (
        <SelectField key={`a-${audience}`} label={t('audienceValue')} name="audienceValue" defaultValue={failed?.values?.audienceValue ?? ''} placeholder={t('choose')} errors={failed?.fieldErrors.audienceValue} options={options[audience]} />
      )}
      <div>
        <SubmitButton>{t('add')}</SubmitButton>
      </div>
    </form>
  );
}
