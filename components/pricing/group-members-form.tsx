'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { CustomerMultiPicker } from '@/components/crm/customer-picker';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useSuccessCount } from '@/components/forms/use-success-count';
import { addGroupMembersAction } from '@/lib/pricing/actions';
import type { ActionResult } from '@/lib/server/use-case';

/**
 * Adds customers to a group, found by name, CPF/CNPJ or city; one already in a group is refused by the
 * server. The picker starts empty after each addition and keeps its choices through a refusal.
 */
export function GroupMembersForm({ groupId }: { groupId: string }) {
  const t = useTranslations('pricing.groups');
  const [state, action] = useActionState<ActionResult | null, FormData>(addGroupMembersAction, null);
  const failed = state && !state.ok ? state : null;
  const added = useSuccessCount(state);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="groupId" value={groupId} />
      <FormMessage state={state} success={t('added')} />
      <CustomerMultiPicker key={added} label={t('pick')} name="customerIds" errors={failed?.fieldErrors.customerIds} />
      <SubmitButton>{t('add')}</SubmitButton>
    </form>
  );
}
