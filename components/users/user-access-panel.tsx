'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { TextField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import type { ActionResult } from '@/lib/server/use-case';
import { blockUserAction, sendPasswordResetAction, unblockUserAction } from '@/lib/users/actions';

export function BlockUserForm({ userId }: { userId: string }) {
  const t = useTranslations('users');
  const [state, action] = useActionState<ActionResult | null, FormData>(blockUserAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="space-y-3" key={failed ? "failed" : "initial"} noValidate>
      <input type="hidden" name="id" value={userId} />
      <FormMessage state={state} />
      <TextField label={t('blockReason')} name="reason" required defaultValue={failed?.values?.reason ?? ''} errors={failed?.fieldErrors.reason} />
      <SubmitButton variant="danger">{t('block')}</SubmitButton>
    </form>
  );
}

export function UnblockUserForm({ userId }: { userId: string }) {
  const t = useTranslations('users');
  const [state, action] = useActionState<ActionResult | null, FormData>(unblockUserAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={userId} />
      <FormMessage state={state} />
      <SubmitButton>{t('unblock')}</SubmitButton>
    </form>
  );
}

export function PasswordResetForm({ userId }: { userId: string }) {
  const t = useTranslations('users');
  const [state, action] = useActionState<ActionResult | null, FormData>(sendPasswordResetAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={userId} />
      <p className="text-sm text-stone-600">{t('resetHelp')}</p>
      <FormMessage state={state} success={t('resetSent')} />
      <SubmitButton variant="secondary">{t('sendReset')}</SubmitButton>
    </form>
  );
}
