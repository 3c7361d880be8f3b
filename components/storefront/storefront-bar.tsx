'use client';

import { useActionState, useRef, useState } from 'react';
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
  // Controlled: the choice stays on screen while the action runs and after it (an uncontrolled select
  // went back to the origin the page was first drawn with when React reset the form).
  const [origin, setOrigin] = useState(channelId ?? '');
  const [serving, setServing] = useState(servingId ?? '');
  const originForm = useRef<HTMLFormElement>(null);
  const serveForm = useRef<HTMLFormElement>(null);
  const error = [originState, serveState].find((s) => s && !s.ok) as Extract<ActionResult, { ok: false }> | undefined;
  return (
    <div className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-stone-200 bg-white p-4">
      {portfolio && (
        <form ref={serveForm} action={serveAction} className="flex flex-col text-sm">
          <label htmlFor="serving" className="mb-1 font-medium">
            {t('serving')}
          </label>
          <select
            id="serving"
            name="customerId"
            value={serving}
            onChange={(e) => {
              setServing(e.target.value);
              serveForm.current?.requestSubmit();
            }}
            className={inputClass({ className: 'min-w-64' })}
          >
            <option value="">{t('chooseCustomer')}</option>
            {portfolio.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </form>
      )}
      <form ref={originForm} action={originAction} className="flex flex-col text-sm">
        <label htmlFor="origin" className="mb-1 font-medium">
          {t('origin')}
        </label>
        <select
          id="origin"
          name="channelId"
          value={origin}
          onChange={(e) => {
            setOrigin(e.target.value);
            originForm.current?.requestSubmit();
          }}
          className={inputClass()}
        >
          {channels.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </form>
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
