'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { TextField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { blockCustomerAction, setCreditLimitAction, unblockCustomerAction } from '@/lib/crm/actions';
import type { ActionResult } from '@/lib/server/use-case';
import { ConfirmBlockButton } from './confirm-block-button';

/** Finance's part of the record: the credit limit, and blocking with a reason (after a confirmation). */
export function CreditPanel({ customerId, customerName, creditLimit, status }: { customerId: string; customerName: string; creditLimit: string; status: 'active' | 'blocked' }) {
  const t = useTranslations('customers');
  const [creditState, creditAction] = useActionState<ActionResult | null, FormData>(setCreditLimitAction, null);
  const [blockState, blockAction] = useActionState<ActionResult | null, FormData>(status === 'active' ? blockCustomerAction : unblockCustomerAction, null);
  const creditFailed = creditState && !creditState.ok ? creditState : null;
  const blockFailed = blockState && !blockState.ok ? blockState : null;
  return (
    <div className="space-y-6">
      <form action={creditAction} className="space-y-3" noValidate key={creditFailed ? 'f' : 'i'}>
        <input type="hidden" name="id" value={customerId} />
        <FormMessage state={creditState} success={t('credit.saved')} />
        <TextField label={t('credit.limit')} name="creditLimit" inputMode="decimal" defaultValue={creditFailed?.values?.creditLimit ?? creditLimit} errors={creditFailed?.fieldErrors.creditLimit} hint={t('credit.hint')} />
        <SubmitButton>{t('credit.save')}</SubmitButton>
      </form>
      <form action={blockAction} className="space-y-3" noValidate key={`${status}-${blockFailed ? 'f' : 'i'}`}>
        <input type="hidden" name="id" value={customerId} />
        <FormMessage state={blockState} />
        {status === 'active' ? (
          <>
            <TextField label={t('credit.blockReason')} name="reason" defaultValue={blockFailed?.values?.reason ?? ''} errors={blockFailed?.fieldErrors.reason} />
            <ConfirmBlockButton customerName={customerName} />
          </>
        ) : (
          <SubmitButton>{t('credit.unblock')}</SubmitButton>
        )}
      </form>
    </div>
  );
}
