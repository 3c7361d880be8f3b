'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { TextField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { addPackAction, createChannelAction } from '@/lib/catalog/actions';
import { UFS } from '@/lib/crm/document';
import type { ActionResult } from '@/lib/server/use-case';
import { SelectField } from '@/components/forms/field';

export function PackForm({ productId }: { productId: string }) {
  const t = useTranslations('catalog.packs');
  const [state, action] = useActionState<ActionResult | null, FormData>(addPackAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="grid gap-3 md:grid-cols-[1fr_1fr_auto]" noValidate key={failed ? JSON.stringify(failed.values) : state?.ok ? JSON.stringify(state.data) : 'i'}>
      <input type="hidden" name="productId" value={productId} />
      <div className="md:col-span-3">
        <FormMessage state={state} success={t('added')} />
      </div>
      <TextField label={t('name')} name="name" defaultValue={failed?.values?.name ?? ''} errors={failed?.fieldErrors.name} />
      <TextField label={t('quantities')} name="quantities" defaultValue={failed?.values?.quantities ?? ''} errors={failed?.fieldErrors.quantities} hint={t('hint')} />
      <div className="pt-6">
        <SubmitButton variant="secondary">{t('add')}</SubmitButton>
      </div>
    </form>
  );
}

export function ChannelForm() {
  const t = useTranslations('catalog.channels');
  const [state, action] = useActionState<ActionResult | null, FormData>(createChannelAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="grid gap-3 md:grid-cols-4" noValidate key={failed ? JSON.stringify(failed.values) : state?.ok ? JSON.stringify(state.data) : 'i'}>
      <div className="md:col-span-4">
        <FormMessage state={state} success={t('created')} />
      </div>
      <TextField label={t('code')} name="code" defaultValue={failed?.values?.code ?? ''} errors={failed?.fieldErrors.code} />
      <TextField label={t('name')} name="name" defaultValue={failed?.values?.name ?? ''} errors={failed?.fieldErrors.name} />
      <SelectField label="UF" name="uf" defaultValue={failed?.values?.uf ?? ''} placeholder="—" errors={failed?.fieldErrors.uf} options={UFS.map((u) => ({ value: u, label: u }))} />
      <div className="pt-6">
        <SubmitButton>{t('create')}</SubmitButton>
      </div>
    </form>
  );
}
