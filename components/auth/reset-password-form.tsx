'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { TextField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { resetPasswordWithTokenAction } from '@/lib/users/actions';

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('auth');
  const [state, action] = useActionState(resetPasswordWithTokenAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <TextField label={t('newPassword')} name="password" type="password" autoComplete="new-password" required errors={errors.password} hint={t('passwordHint')} />
      <TextField label={t('confirmPassword')} name="confirmPassword" type="password" autoComplete="new-password" required errors={errors.confirmPassword} />
      <SubmitButton>{t('savePassword')}</SubmitButton>
    </form>
  );
}
