'use client';

import { useTranslations } from 'next-intl';
import type { ComponentProps } from 'react';
import { SearchCombobox } from '@/components/forms/search-combobox';
import type { CustomerSuggestion } from '@/lib/crm/suggestion';
import { routes } from '@/lib/routes';

export type { ComboboxMode } from '@/components/forms/search-combobox';

/** A match as the lists show it: the name and what tells it apart from another of the same name. */
export function CustomerMatch({ customer }: { customer: CustomerSuggestion }) {
  return (
    <>
      <span className="font-medium text-stone-900">{customer.name}</span>
      {customer.tradeName && customer.tradeName !== customer.name && <span className="text-stone-600"> · {customer.tradeName}</span>}
      <span className="block text-xs break-words text-stone-600">{[customer.document, customer.place].filter(Boolean).join(' · ')}</span>
    </>
  );
}

/** The customers search box (the list's search, every customer picker): the scoped search route, matches told apart by document and city. */
export function CustomerCombobox(props: Omit<ComponentProps<typeof SearchCombobox<CustomerSuggestion>>, 'urlFor' | 'labels' | 'renderMatch'>) {
  const t = useTranslations('customers.search');
  return (
    <SearchCombobox<CustomerSuggestion>
      {...props}
      urlFor={routes.api.customerSearch}
      labels={{ results: t('results'), searching: t('searching'), none: t('none') }}
      renderMatch={(c) => <CustomerMatch customer={c} />}
    />
  );
}
