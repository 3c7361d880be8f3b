'use client';

import { useTranslations } from 'next-intl';
import { SearchPicker, type PickerField, type PickerLabels } from '@/components/forms/search-picker';
import type { CustomerSuggestion } from '@/lib/crm/suggestion';
import { routes } from '@/lib/routes';
import { CustomerMatch } from './customer-combobox';

function useCustomerPickerLabels(): PickerLabels {
  const t = useTranslations('customers');
  return {
    results: t('search.results'),
    searching: t('search.searching'),
    none: t('search.none'),
    chosen: t('picker.chosen'),
    placeholder: t('picker.placeholder'),
    keysHint: t('picker.hint'),
    removeShort: t('picker.removeShort'),
    remove: (name) => t('picker.remove', { name }),
  };
}

const match = (c: CustomerSuggestion) => <CustomerMatch customer={c} />;

/**
 * Chooses one customer by typing its name, trade name, CPF/CNPJ or city, among those the user may see
 * (the scoped search route); each match shows its document and city / UF, so two of the same name
 * differ. The form gets a hidden input `name` with the chosen id (empty when none), which the server
 * action checks through its scope as before. `onChange` hears every choice, for a page that acts on it.
 */
export function CustomerPicker({ defaultValue = null, onChange, ...field }: PickerField & { defaultValue?: CustomerSuggestion | null; onChange?: (customer: CustomerSuggestion | null) => void }) {
  const labels = useCustomerPickerLabels();
  return (
    <SearchPicker<CustomerSuggestion>
      {...field}
      multiple={false}
      initial={defaultValue ? [defaultValue] : []}
      onChosen={(list) => onChange?.(list[0] ?? null)}
      urlFor={routes.api.customerSearch}
      labels={labels}
      renderMatch={match}
      testId="chosen-customer"
    />
  );
}

/** The same, for several customers: each one taken joins the list (one hidden input `name` each) and can be removed. */
export function CustomerMultiPicker({ defaultValue = [], onChange, ...field }: PickerField & { defaultValue?: CustomerSuggestion[]; onChange?: (customers: CustomerSuggestion[]) => void }) {
  const labels = useCustomerPickerLabels();
  return (
    <SearchPicker<CustomerSuggestion>
      {...field}
      multiple
      initial={defaultValue}
      onChosen={(list) => onChange?.(list)}
      urlFor={routes.api.customerSearch}
      labels={labels}
      renderMatch={match}
      testId="chosen-customer"
    />
  );
}
