'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { SelectField, TextField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { CustomerPicker } from '@/components/crm/customer-picker';
import type { CustomerSuggestion } from '@/lib/crm/suggestion';
import { ROLES, type Role } from '@/lib/auth/roles';
import type { ActionResult } from '@/lib/server/use-case';
import { createUserAction, updateUserAction } from '@/lib/users/actions';

type Option = { id: string; name: string };
type UserValues = { id: string; name: string; email: string; role: Role; locale: string; customerId: string | null; shopId: string | null };

const LOCALE_OPTIONS = [
  { value: 'pt-BR', label: 'Português (Brasil)' },
  { value: 'en', label: 'English' },
  { value: 'es', label: 'Español' },
];

/** Create (no `user`) or edit a user. What was typed stays in the form when the server refuses it. */
export function UserForm({ user, linkedCustomer, shops }: { user?: UserValues; linkedCustomer: CustomerSuggestion | null; shops: Option[] }) {
  const t = useTranslations('users');
  const [state, action] = useActionState<ActionResult | null, FormData>(user ? updateUserAction : createUserAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const v = (name: keyof UserValues) => failed?.values?.[name] ?? (user?.[name] as string | null | undefined) ?? '';
  const [role, setRole] = useState<string>(v('role') || 'representante');
  const formKey = failed ? JSON.stringify(failed.values) : 'initial';
  // Held above the form, which is drawn anew after a refusal: the customer picked stays picked.
  const [customer, setCustomer] = useState(linkedCustomer);

  return (
    <form action={action} className="max-w-xl space-y-4" key={formKey} noValidate>
      {user && <input type="hidden" name="id" value={user.id} />}
      <FormMessage state={state} success={t('saved')} />
      <TextField label={t('name')} name="name" required defaultValue={v('name')} errors={errors.name} autoComplete="off" />
      <TextField label={t('email')} name="email" type="email" required defaultValue={v('email')} errors={errors.email} autoComplete="off" />
      <SelectField
        label={t('role')}
        name="role"
        value={role}
        onChange={(e) => setRole(e.target.value)}
        errors={errors.role}
        options={ROLES.map((r) => ({ value: r, label: t(`roleOptions.${r}`) }))}
      />
      {role === 'lojista' && <CustomerPicker label={t('customer')} name="customerId" defaultValue={customer} onChange={setCustomer} errors={errors.customerId} hint={t('customerHint')} />}
      {role === 'usuario' && (
        <SelectField
          label={t('shop')}
          name="shopId"
          defaultValue={v('shopId')}
          errors={errors.shopId}
          placeholder={t('chooseShop')}
          options={shops.map((s) => ({ value: s.id, label: s.name }))}
        />
      )}
      <SelectField label={t('locale')} name="locale" defaultValue={v('locale') || 'pt-BR'} errors={errors.locale} options={LOCALE_OPTIONS} />
      {!user && <TextField label={t('initialPassword')} name="password" type="password" required autoComplete="new-password" errors={errors.password} hint={t('passwordHint')} />}
      <SubmitButton>{user ? t('save') : t('create')}</SubmitButton>
    </form>
  );
}
