'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { TextField } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/submit-button';
import { loginAction, type LoginState } from '@/lib/auth/actions';

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('auth');
  const [state, action] = useActionState<LoginState, FormData>(loginAction, { error: null, email: '' });
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {t(`loginErrors.${state.error}`)}
        </p>
      )}
      <TextField label={t('email')} name="email" type="email" autoComplete="username" required defaultValue={state.email} key={`e-${state.email}`} autoFocus />
      <TextField label={t('password')} name="password" type="password" autoComplete="current-password" required />
      <div className="pt-2">
        <SubmitButton>{t('login')}</SubmitButton>
      </div>
    </form>
  );
}
