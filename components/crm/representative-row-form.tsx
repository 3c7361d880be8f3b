'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { updateRepresentativeAction } from '@/lib/crm/actions';
import type { ActionResult } from '@/lib/server/use-case';
import { SubmitButton } from '@/components/forms/submit-button';
import { inputClass } from '@/components/forms/inputs';

/** One representative's commission and states, edited in place. */
export function RepresentativeRowForm({ id, name, commission, ufs }: { id: string; name: string; commission: string; ufs: string }) {
  const t = useTranslations('representatives');
  const tr = useTranslations();
  const [state, action] = useActionState<ActionResult | null, FormData>(updateRepresentativeAction, null);
  const failed = state && !state.ok ? state : null;
  const err = (f: string) => failed?.fieldErrors[f]?.map((e) => tr(e)).join(' ');
  return (
    <form action={action} className="flex flex-wrap items-start gap-3" noValidate key={failed ? JSON.stringify(failed.values) : 'i'} aria-label={name}>
      <input type="hidden" name="id" value={id} />
      <div>
        <label htmlFor={`commission-${id}`} className="sr-only">
          {t('commission')}
        </label>
        <input
          id={`commission-${id}`}
          name="commission"
          inputMode="decimal"
          defaultValue={failed?.values?.commission ?? commission}
          aria-invalid={err('commission') ? true : undefined}
          className={inputClass({ density: 'compact', invalid: Boolean(err('commission')), className: 'w-24' })}
        />
        {err('commission') && <p className="mt-1 text-xs text-red-700" role="alert">{err('commission')}</p>}
      </div>
      <div>
        <label htmlFor={`ufs-${id}`} className="sr-only">
          {t('ufs')}
        </label>
        <input
          id={`ufs-${id}`}
          name="ufs"
          defaultValue={failed?.values?.ufs ?? ufs}
          placeholder={t('ufsHint')}
          aria-invalid={err('ufs') ? true : undefined}
          className={inputClass({ density: 'compact', invalid: Boolean(err('ufs')), className: 'w-48' })}
        />
        {err('ufs') && <p className="mt-1 text-xs text-red-700" role="alert">{err('ufs')}</p>}
      </div>
      <SubmitButton variant="secondary">{t('save')}</SubmitButton>
      {state?.ok && <span className="self-center text-xs text-green-800" role="status">{t('saved')}</span>}
    </form>
  );
}
