'use client';

import { useTranslations } from 'next-intl';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { addPaymentTermAction, removeUfMinimumAction, saveOrderSettingsAction, setUfMinimumAction, togglePaymentTermAction } from '@/lib/orders/actions';
import { Input, Select } from '@/components/forms/inputs';

function Field({ id, label, name, defaultValue, hint, className = 'w-28' }: { id: string; label: string; name: string; defaultValue?: string; hint?: string; className?: string }) {
  return (
    <label htmlFor={id} className="flex flex-col text-sm font-medium">
      {label}
      <Input id={id} name={name} defaultValue={defaultValue} inputMode="decimal" density="compact" className={className} />
      {hint && <span className="text-xs font-normal text-stone-500">{hint}</span>}
    </label>
  );
}

/** Minimum order, piece multiple and each role's discount ceiling, saved together. */
export function GeneralConditionsForm({ minOrder, multiple, discounts }: { minOrder: string; multiple: string; discounts: { role: string; label: string; value: string }[] }) {
  const t = useTranslations('orders.conditions');
  return (
    <InlineActionForm action={saveOrderSettingsAction} submitLabel={t('save')} label={t('general')} variant="primary">
      <div className="flex w-full flex-wrap gap-4">
        <Field id="c-min" label={t('minOrder')} name="minOrder" defaultValue={minOrder} />
        <Field id="c-multiple" label={t('multiple')} name="quantityMultiple" defaultValue={multiple} hint={t('multipleHint')} className="w-20" />
        {discounts.map((d) => (
          <Field key={d.role} id={`c-discount-${d.role}`} label={t('maxDiscount', { role: d.label })} name={`maxDiscount.${d.role}`} defaultValue={d.value} className="w-20" />
        ))}
      </div>
    </InlineActionForm>
  );
}

export function UfMinimumForm({ ufs }: { ufs: readonly string[] }) {
  const t = useTranslations('orders.conditions');
  return (
    <InlineActionForm action={setUfMinimumAction} submitLabel={t('addUf')} label={t('byUf')}>
      <label htmlFor="uf-min-uf" className="flex flex-col text-sm font-medium">
        {t('uf')}
        <Select id="uf-min-uf" name="uf" density="compact">
          {ufs.map((u) => (
            <option key={u}>{u}</option>
          ))}
        </Select>
      </label>
      <Field id="uf-min-value" label={t('minOrder')} name="minOrder" />
    </InlineActionForm>
  );
}

export function RemoveUfMinimumForm({ uf }: { uf: string }) {
  const t = useTranslations('orders.conditions');
  return (
    <InlineActionForm action={removeUfMinimumAction} submitLabel={t('remove')} label={`${t('remove')} ${uf}`}>
      <input type="hidden" name="uf" value={uf} />
    </InlineActionForm>
  );
}

export function PaymentTermForm() {
  const t = useTranslations('orders.conditions');
  return (
    <InlineActionForm action={addPaymentTermAction} submitLabel={t('addTerm')} label={t('terms')}>
      <Field id="term-name" label={t('termName')} name="name" className="w-44" />
      <Field id="term-days" label={t('termDays')} name="days" hint={t('termDaysHint')} className="w-32" />
    </InlineActionForm>
  );
}

export function TogglePaymentTermForm({ id, active, name }: { id: string; active: boolean; name: string }) {
  const t = useTranslations('orders.conditions');
  return (
    <InlineActionForm action={togglePaymentTermAction} submitLabel={active ? t('deactivate') : t('activate')} label={name}>
      <input type="hidden" name="id" value={id} />
    </InlineActionForm>
  );
}
