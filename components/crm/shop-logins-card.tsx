'use client';

import { useActionState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { TextField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { Badge } from '@/components/ui/badge';
import { createShopLoginAction } from '@/lib/crm/actions';
import type { ActionResult } from '@/lib/server/use-case';

type Login = { id: string; name: string; email: string; status: 'active' | 'blocked'; lastLoginAt: string | null };

/** The shop's logins, and a form to give it a new one. */
export function ShopLoginsCard({ customerId, logins }: { customerId: string; logins: Login[] }) {
  const t = useTranslations('customers.shopLogins');
  const format = useFormatter();
  const [state, action] = useActionState<ActionResult | null, FormData>(createShopLoginAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <div className="space-y-4 text-sm">
      <p className="text-stone-600">{t('description')}</p>
      {logins.length === 0 ? (
        <p className="text-stone-600">{t('empty')}</p>
      ) : (
        <ul className="divide-y divide-stone-100">
          {logins.map((l) => (
            <li key={l.id} className="py-2">
              <span className="font-medium">{l.name}</span> {l.status === 'blocked' && <Badge tone="red">✕</Badge>}
              <span className="block text-stone-600">
                {l.email} · {l.lastLoginAt ? t('lastLogin', { date: format.dateTime(new Date(l.lastLoginAt), 'short') }) : t('never')}
              </span>
            </li>
          ))}
        </ul>
      )}
      <form action={action} className="space-y-3" noValidate key={failed ? JSON.stringify(failed.values) : state?.ok ? 'done' : 'i'}>
        <input type="hidden" name="customerId" value={customerId} />
        <FormMessage state={state} success={t('created')} />
        <TextField label={t('name')} name="name" defaultValue={failed?.values?.name ?? ''} errors={failed?.fieldErrors.name} />
        <TextField label={t('email')} name="email" type="email" defaultValue={failed?.values?.email ?? ''} errors={failed?.fieldErrors.email} />
        <SubmitButton variant="secondary">{t('create')}</SubmitButton>
      </form>
    </div>
  );
}
