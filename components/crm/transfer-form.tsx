'use client';

import { useActionState, useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { transferCustomersAction } from '@/lib/crm/actions';
import type { ActionResult } from '@/lib/server/use-case';
import { inputClass } from '@/components/forms/inputs';

/** Moves the customers ticked in the table to another representative's portfolio. */
export function TransferForm({ representatives }: { representatives: { value: string; label: string }[] }) {
  const t = useTranslations('customers');
  const [state, action] = useActionState<ActionResult | null, FormData>(transferCustomersAction, null);
  const moved = state?.ok ? (state.data as { moved: number }).moved : null;
  const errors = state && !state.ok ? state.fieldErrors : {};
  const tr = useTranslations();
  // The table's checkboxes belong to this form (form="transfer-form"); the panel shows once one is ticked.
  const [ticked, setTicked] = useState(0);
  useEffect(() => {
    const count = () => setTicked(document.querySelectorAll('input[form="transfer-form"][name="customerIds"]:checked').length);
    count();
    document.addEventListener('change', count);
    return () => document.removeEventListener('change', count);
  }, []);
  return (
    <form id="transfer-form" action={action} hidden={ticked === 0 && state === null} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-brand-100 bg-brand-50 p-3 text-sm">
      {ticked > 0 && <p className="w-full font-medium">{t('transfer.selected', { count: ticked })}</p>}
      <div className="flex flex-col">
        <label htmlFor="transfer-rep" className="mb-1 font-medium">
          {t('transfer.to')}
        </label>
        <select id="transfer-rep" name="representativeId" className={inputClass()} defaultValue="">
          <option value="">{t('transfer.chooseRepresentative')}</option>
          {representatives.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton variant="secondary">{t('transfer.submit')}</SubmitButton>
      <span className="text-stone-600">{t('transfer.hint')}</span>
      <div className="w-full" aria-live="polite">
        {moved !== null && <p className="text-green-800">{t('transfer.done', { count: moved })}</p>}
        {state && !state.ok && (
          <p className="text-red-700" role="alert">
            {[...(errors.customerIds ?? []), ...(errors.representativeId ?? [])].map((e) => tr(e)).join(' ') || tr(state.error)}
          </p>
        )}
      </div>
    </form>
  );
}
