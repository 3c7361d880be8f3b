'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SelectField, TextField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { Input } from '@/components/forms/inputs';
import { SubmitButton } from '@/components/forms/submit-button';
import { createBillAction, editBillAction, payBillAction, removeBillAction } from '@/lib/shop/actions';

type Prefill = { supplierId: string; purchaseRequestId: string; description: string; amount: string };

/** A new bill (in installments); from a received purchase request, its supplier and description come filled in. */
export function NewBillForm({ suppliers, prefill, today }: { suppliers: { id: string; name: string }[]; prefill: Prefill | null; today: string }) {
  const t = useTranslations('shop.bills');
  const [state, action] = useActionState(createBillAction, null);
  const f = state && !state.ok ? state : null;
  const v = (k: string, fallback = '') => f?.values?.[k] ?? fallback;
  return (
    <form action={action} noValidate className="grid gap-4 sm:grid-cols-2" aria-label={t('add')}>
      {prefill?.purchaseRequestId && <input type="hidden" name="purchaseRequestId" value={prefill.purchaseRequestId} />}
      <TextField label={t('what')} name="description" id="bill-description" maxLength={200} defaultValue={v('description', prefill?.description)} errors={f?.fieldErrors.description} />
      <SelectField label={t('supplier')} name="supplierId" id="bill-supplier" defaultValue={v('supplierId', prefill?.supplierId)} placeholder={t('noSupplier')} options={suppliers.map((s) => ({ value: s.id, label: s.name }))} errors={f?.fieldErrors.supplierId} />
      <TextField label={t('category')} name="category" id="bill-category" list="bill-categories" maxLength={60} defaultValue={v('category', prefill ? t('categories').split(', ')[0] : '')} errors={f?.fieldErrors.category} />
      <datalist id="bill-categories">
        {t('categories')
          .split(', ')
          .map((c) => (
            <option key={c} value={c} />
          ))}
      </datalist>
      <TextField label={t('dueOn')} name="dueOn" id="bill-due" type="date" defaultValue={v('dueOn', today)} errors={f?.fieldErrors.dueOn} />
      <TextField label={t('amount')} name="amount" id="bill-amount" inputMode="decimal" defaultValue={v('amount', prefill?.amount)} errors={f?.fieldErrors.amount} />
      <TextField label={t('installments')} name="installments" id="bill-installments" type="number" min={1} max={24} defaultValue={v('installments', '1')} errors={f?.fieldErrors.installments} />
      <div className="sm:col-span-2">
        <TextField label={t('file')} name="file" id="bill-file" type="file" accept="application/pdf,image/jpeg,image/png,image/webp" errors={f?.fieldErrors.file} />
      </div>
      <div className="space-y-2 sm:col-span-2">
        <FormMessage state={state} success={t('added')} />
        <SubmitButton>{t('add')}</SubmitButton>
      </div>
    </form>
  );
}

/** Pays an installment: the day (today) and the amount (the installment's), both editable. */
export function PayBillForm({ billId, label, today, amount }: { billId: string; label: string; today: string; amount: string }) {
  const t = useTranslations('shop.bills');
  return (
    <InlineActionForm action={payBillAction} submitLabel={t('pay')} label={t('payOf', { bill: label })}>
      <input type="hidden" name="billId" value={billId} />
      <Input type="date" name="paidOn" density="compact" defaultValue={today} aria-label={`${t('paidOn')} — ${label}`} />
      <Input name="amount" density="compact" inputMode="decimal" className="w-28" defaultValue={amount} aria-label={`${t('amount')} — ${label}`} />
    </InlineActionForm>
  );
}

type BillValues = { billId: string; supplierId: string; description: string; category: string; dueOn: string; amount: string };

/** Corrects an open installment; what was typed stays when something is refused. */
export function EditBillForm({ bill, suppliers }: { bill: BillValues; suppliers: { id: string; name: string }[] }) {
  const t = useTranslations('shop.bills');
  const [state, action] = useActionState(editBillAction, null);
  const f = state && !state.ok ? state : null;
  const v = (k: keyof BillValues) => f?.values?.[k] ?? bill[k];
  return (
    <form action={action} noValidate className="grid gap-4 sm:grid-cols-2" aria-label={t('edit')}>
      <input type="hidden" name="billId" value={bill.billId} />
      <TextField label={t('what')} name="description" id="edit-bill-description" maxLength={200} defaultValue={v('description')} errors={f?.fieldErrors.description} />
      <SelectField label={t('supplier')} name="supplierId" id="edit-bill-supplier" defaultValue={v('supplierId')} placeholder={t('noSupplier')} options={suppliers.map((s) => ({ value: s.id, label: s.name }))} errors={f?.fieldErrors.supplierId} />
      <TextField label={t('category')} name="category" id="edit-bill-category" maxLength={60} defaultValue={v('category')} errors={f?.fieldErrors.category} />
      <TextField label={t('dueOn')} name="dueOn" id="edit-bill-due" type="date" defaultValue={v('dueOn')} errors={f?.fieldErrors.dueOn} />
      <TextField label={t('amount')} name="amount" id="edit-bill-amount" inputMode="decimal" defaultValue={v('amount')} errors={f?.fieldErrors.amount} />
      <div className="space-y-2 sm:col-span-2">
        <FormMessage state={state} success={t('saved')} />
        <SubmitButton>{t('save')}</SubmitButton>
      </div>
    </form>
  );
}

/** Removes an open installment entered by mistake. */
export function RemoveBillForm({ billId }: { billId: string }) {
  const t = useTranslations('shop.bills');
  const [state, action] = useActionState(removeBillAction, null);
  return (
    <form action={action} aria-label={t('remove')} className="space-y-2">
      <input type="hidden" name="billId" value={billId} />
      <FormMessage state={state} />
      <p className="text-sm text-stone-600">{t('removeHint')}</p>
      <SubmitButton variant="danger">{t('remove')}</SubmitButton>
    </form>
  );
}
