'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { addGroupMembersAction } from '@/lib/pricing/actions';
import type { ActionResult } from '@/lib/server/use-case';
import { inputClass } from '@/components/forms/inputs';

/** Adds customers to a group; only customers in no group are offered. */
export function GroupMembersForm({ groupId, candidates }: { groupId: string; candidates: { id: string; name: string; uf: string }[] }) {
  const t = useTranslations('pricing.groups');
  const [state, action] = useActionState<ActionResult | null, FormData>(addGroupMembersAction, null);
  const [filter, setFilter] = useState('');
  const shown = candidates.filter((c) => `${c.name} ${c.uf}`.toLowerCase().includes(filter.toLowerCase()));
  return (
    <form action={action} className="space-y-3" key={state?.ok ? JSON.stringify(state.data) : 'i'}>
      <input type="hidden" name="groupId" value={groupId} />
      <FormMessage state={state} success={t('added')} />
      <label htmlFor="candidate-filter" className="block text-sm font-medium">
        {t('filter')}
      </label>
      <input id="candidate-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} className={inputClass({ className: 'w-full' })} />
      <fieldset className="max-h-72 space-y-1 overflow-y-auto rounded-md border border-stone-200 p-2 text-sm">
        <legend className="sr-only">{t('candidates')}</legend>
        {shown.length === 0 && <p className="text-stone-500">{t('noCandidates')}</p>}
        {shown.map((c) => (
          <label key={c.id} className="flex items-center gap-2">
            <input type="checkbox" name="customerIds" value={c.id} />
            {c.name} <span className="text-stone-500">({c.uf})</span>
          </label>
        ))}
      </fieldset>
      <SubmitButton>{t('add')}</SubmitButton>
    </form>
  );
}
