'use client';

import { useTranslations } from 'next-intl';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { updateContractAction } from '@/lib/pricing/actions';
import { Input, Select } from '@/components/forms/inputs';

export function ContractForm({ id, label, priceListId, validFrom, validTo, options }: { id: string; label: string; priceListId: string; validFrom: string; validTo: string; options: { value: string; label: string }[] }) {
  const t = useTranslations('pricing.contracts');
  return (
    <InlineActionForm action={updateContractAction} submitLabel={t('save')} label={label}>
      <input type="hidden" name="id" value={id} />
      <label className="sr-only" htmlFor={`cl-${id}`}>{t('list')}</label>
      <Select id={`cl-${id}`} name="priceListId" defaultValue={priceListId} density="compact" className="max-w-xs">
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
      <label className="text-xs text-stone-600" htmlFor={`cf-${id}`}>{t('from')}</label>
      <Input id={`cf-${id}`} type="date" name="validFrom" defaultValue={validFrom} density="compact" />
      <label className="text-xs text-stone-600" htmlFor={`ct-${id}`}>{t('to')}</label>
      <Input id={`ct-${id}`} type="date" name="validTo" defaultValue={validTo} density="compact" />
    </InlineActionForm>
  );
}
