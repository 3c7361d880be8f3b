'use client';

import { startTransition, useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { chooseOriginAction, serveCustomerAction } from '@/lib/catalog/actions';
import type { ActionResult } from '@/lib/server/use-case';
import { inputClass } from '@/components/forms/inputs';

type Option = { value: string; label: string };

/** The storefront header: "Origem do envio" for everyone, "Atendendo" for a representative. Changing either reprices. */
export function StorefrontBar({ channels, channelId, portfolio, servingId }: { channels: Option[]; channelId: string | null; portfolio: Option[] | null; servingId: string | null }) {
  const t = useTranslations('storefront');
  const tr = useTranslations();
  const [originState, originAction] = useActionState<ActionResult | null, FormData>(chooseOriginAction, null);
  const [serveState, serveAction] = useActionState<ActionResult | null, FormData>(serveCustomerAction, null);
  // Controlled, and sent without a form submission: a form action resets the form when it completes,
  // which put the select back on the origin the page was first drawn with while prices had moved on.
  const [origin, setOrigin] = useState(channelId ?? '');
  const [serving, setServing] = useState(servingId ?? '');
  const send = (action: (data: FormData) => void, name: string, value: string) => {
    const data = new FormData();
    data.set(name, value);
    startTransition(() => action(data));
  };
  const error = [originState, serveState].find((s) => s && !s.ok) as Extract<ActionResult, { ok: false }> | undefined;
  return (
    <div className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-stone-200 bg-white p-4">
      {portfolio && (
        <div className="flex w-full flex-col text-sm sm:w-auto">
          <label htmlFor="serving" className="mb-1 font-medium">
            {t('serving')}
          </label>
          <select
            id="serving"
            name="customerId"
            value={serving}
            onChange={(e) => {
              setServing(e.target.value);
              send(serveAction, 'customerId', e.target.value);
            }}
            className={inputClass({ className: 'w-full sm:w-auto sm:min-w-64' })}
          >
            <option value="">{t('chooseCustomer')}</option>
            {portfolio.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
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
