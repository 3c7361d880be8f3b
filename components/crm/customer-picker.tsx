'use client';

import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { FieldFrame } from '@/components/forms/field';
import { Button } from '@/components/ui/button';
import type { CustomerSuggestion } from '@/lib/crm/suggestion';
import type { MessageKey } from '@/lib/i18n/message-key';
import { CustomerCombobox, CustomerMatch } from './customer-combobox';

type Field = { name: string; label: string; errors?: MessageKey[]; hint?: ReactNode; placeholder?: string };

/**
 * Chooses one customer by typing its name, trade name, CPF/CNPJ or city, among those the user may see
 * (the scoped search route); each match shows its document and city / UF, so two of the same name
 * differ. The form gets a hidden input `name` with the chosen id (empty when none), which the server
 * action checks through its scope as before. `onChange` hears every choice, for a page that acts on it.
 */
export function CustomerPicker({ defaultValue = null, onChange, ...field }: Field & { defaultValue?: CustomerSuggestion | null; onChange?: (customer: CustomerSuggestion | null) => void }) {
  return <PickerField {...field} multiple={false} initial={defaultValue ? [defaultValue] : []} onChosen={(list) => onChange?.(list[0] ?? null)} />;
}

/** The same, for several customers: each one taken joins the list (one hidden input `name` each) and can be removed. */
export function CustomerMultiPicker({ defaultValue = [], onChange, ...field }: Field & { defaultValue?: CustomerSuggestion[]; onChange?: (customers: CustomerSuggestion[]) => void }) {
  return <PickerField {...field} multiple initial={defaultValue} onChosen={(list) => onChange?.(list)} />;
}

function PickerField({
  name,
  label,
  errors,
  hint,
  placeholder,
  multiple,
  initial,
  onChosen,
}: Field & { multiple: boolean; initial: CustomerSuggestion[]; onChosen: (list: CustomerSuggestion[]) => void }) {
  const t = useTranslations('customers.picker');
  const [chosen, setChosen] = useState(initial);
  const invalid = Boolean(errors?.length);
  const update = (next: CustomerSuggestion[]) => {
    setChosen(next);
    onChosen(next);
  };
  const remove = (id: string) => {
    update(chosen.filter((c) => c.id !== id));
    document.getElementById(name)?.focus();
  };
  return (
    <FieldFrame label={label} name={name} errors={errors} hint={hint}>
      {/* Read out as it changes, so a screen reader hears which customer was taken or removed. */}
      <div aria-live="polite">
        {chosen.length > 0 && (
          <ul aria-label={t('chosen')} className="mb-2 space-y-1">
            {chosen.map((c) => (
              <li key={c.id} className="flex items-start justify-between gap-2 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm" data-testid="chosen-customer">
                <span className="min-w-0">
                  <CustomerMatch customer={c} />
                </span>
                <Button type="button" variant="ghost" onClick={() => remove(c.id)} aria-label={t('remove', { name: c.name })} className="shrink-0">
                  {t('removeShort')}
                </Button>
                <input type="hidden" name={name} value={c.id} />
              </li>
            ))}
          </ul>
        )}
      </div>
      {!multiple && chosen.length === 0 && <input type="hidden" name={name} value="" />}
      <CustomerCombobox
        id={name}
        mode="pick"
        placeholder={placeholder ?? t('placeholder')}
        hint={t('hint')}
        describedBy={invalid ? `${name}-error` : hint ? `${name}-hint` : undefined}
        invalid={invalid}
        onPick={(c) => update(multiple ? [...chosen.filter((x) => x.id !== c.id), c] : [c])}
      />
    </FieldFrame>
  );
}
