'use client';

import { startTransition, useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { chooseOriginAction, serveCustomerAction } from '@/lib/catalog/actions';
import type { ActionResult } from '@/lib/server/use-case';
import { inputClass } from '@/components/forms/inputs';
import { CustomerPicker } from '@/components/crm/customer-picker';
import type { CustomerSuggestion } from '@/lib/crm/suggestion';

type Option = { value: string; label: string };

/**
 * The storefront header: "Origem do envio" for everyone, "Atendendo" for a representative, who searches
 * its portfolio for the customer it serves (`serving`, null while none). Changing either reprices.
 */
export function StorefrontBar({ channels, channelId, servesCustomer, serving }: { channels: Option[]; channelId: string | null; servesCustomer: boolean; serving: CustomerSuggestion | null }) {
  const t = useTranslations('storefront');
  const tr = useTranslations();
  const [originState, originAction] = useActionState<ActionResult | null, FormData>(chooseOriginAction, null);
  const [serveState, serveAction] = useActionState<ActionResult | null, FormData>(serveCustomerAction, null);
  // Controlled, and sent without a form submission: a form action resets the form when it completes,
  // which put the select back on the origin the page was first drawn with while prices had moved on.
  // The customer picker keeps its own choice and sends it the same way.
  const [origin, setOrigin] = useState(channelId ?? '');
  const send = (action: (data: FormData) => void, name: string, value: string) => {
    const data = new FormData();
    data.set(name, value);
    startTransition(() => action(data));
  };
  const error = [originState, serveState].find((s) => s && !s.ok) as Extract<ActionResult, { ok: false }> | undefined;
  return (
    <div className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-stone-200 bg-white p-4">
      {servesCustomer && (
        <div className="w-full sm:w-96">
          <CustomerPicker name="customerId" label={t('serving')} placeholder={t('chooseCustomer')} defaultValue={serving} onChange={(c) => send(serveAction, 'customerId', c?.id ?? '')} />
        </div>
      )}
      <div className="flex w-full flex-col text-sm sm:w-auto">
        <label htmlFor="origin" className="mb-1 font-medium">
          {t('origin')}
        </label>
        <select
          id="origin"
          name="channelId"
          value={origin}
          onChange={(e) => {
            setOrigin(e.target.value);
            send(originAction, 'channelId', e.target.value);
          }}
          className={inputClass()}
        >
          {channels.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      {originState?.ok && (
        <p role="status" className="text-sm text-emerald-800">
          {t('originUpdated', { origin: channels.find((c) => c.value === origin)?.label ?? '' })}
        </p>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {tr(Object.values(error.fieldErrors)[0]?.[0] ?? error.error)}
        </p>
      )}
    </div>
  );
}
