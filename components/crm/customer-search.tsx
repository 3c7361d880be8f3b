'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { routes, type CustomersArea } from '@/lib/routes';
import { CustomerCombobox } from './customer-combobox';

/**
 * The customers list's one search box, inside its filter form: the text is the table's `q` (Enter
 * filters, and the export follows), and as it is typed the matching customers are offered; taking one
 * with the arrows and Enter, or a click, opens it. Finds by name, trade name, CPF/CNPJ with or without
 * punctuation, phone, email, city, plate or serial, within the user's scope.
 */
export function CustomerSearch({ area, defaultQuery }: { area: CustomersArea; defaultQuery?: string }) {
  const t = useTranslations('customers.search');
  const router = useRouter();
  return (
    <div className="flex w-full flex-col text-sm sm:w-96">
      <label htmlFor="cf-q" className="mb-1 font-medium">
        {t('label')}
      </label>
      <CustomerCombobox
        id="cf-q"
        name="q"
        mode="filter"
        density="regular"
        defaultQuery={defaultQuery}
        placeholder={t('placeholder')}
        hint={t('filterHint')}
        onPick={(c) => router.push(routes.customers.detail(area, c.id))}
      />
    </div>
  );
}
