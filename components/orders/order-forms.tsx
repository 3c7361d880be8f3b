'use client';

import type { OrderAction } from '@/lib/orders/transitions';
import { useTranslations } from 'next-intl';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import {
  approveOrderAction,
  cancelOrderAction,
  deliverOrderAction,
  invoiceOrderAction,
  rejectOrderAction,
  releaseOrderAction,
  removeOrderProductAction,
  shipOrderAction,
  submitOrderAction,
  updateOrderTermsAction,
  withdrawOrderAction,
} from '@/lib/orders/actions';
import { Input, Select } from '@/components/forms/inputs';

const ACTIONS: Record<PersonAction, typeof approveOrderAction> = {
  approve: approveOrderAction,
  reject: rejectOrderAction,
  release: releaseOrderAction,
  cancel: cancelOrderAction,
  withdraw: withdrawOrderAction,
  invoice: invoiceOrderAction,
  ship: shipOrderAction,
  deliver: deliverOrderAction,
};
export type PersonAction = Exclude<OrderAction, 'submit' | 'hold'>;

/** One form per step the actor may take now; steps that need a reason, an invoice or a tracking code ask for it. */
export function OrderActionForms({ orderId, actions }: { orderId: string; actions: PersonAction[] }) {
  const t = useTranslations('orders.actions');
  if (!actions.length) return <p className="text-sm text-stone-600">{t('none')}</p>;
  return (
    <div className="space-y-4">
      {actions.map((a) => (
        <InlineActionForm key={a} action={ACTIONS[a]} submitLabel={t(a)} label={t(a)} variant={a === 'cancel' || a === 'withdraw' || a === 'reject' ? 'danger' : 'primary'}>
          <input type="hidden" name="orderId" value={orderId} />
          {(a === 'reject' || a === 'cancel' || a === 'withdraw') && <LabelledInput id={`${a}-reason`} name="reason" label={t('reason')} wide />}
          {a === 'invoice' && <LabelledInput id="invoice-number" name="invoiceNumber" label={t('invoiceNumber')} />}
          {a === 'ship' && <LabelledInput id="tracking-code" name="trackingCode" label={t('trackingCode')} />}
        </InlineActionForm>
      ))}
    </div>
  );
}

/** "Aprovar" straight from the approval queue; the order leaves the queue once approved (or held by finance). */
export function QuickApproveForm({ orderId, number }: { orderId: string; number: number }) {
  const t = useTranslations('orders.actions');
  return (
    <InlineActionForm action={approveOrderAction} submitLabel={t('approve')} label={t('approveNumber', { number })} variant="primary">
      <input type="hidden" name="orderId" value={orderId} />
    </InlineActionForm>
  );
}

function LabelledInput({ id, name, label, wide }: { id: string; name: string; label: string; wide?: boolean }) {
  return (
    <>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <Input id={id} name={name} density="compact" className={`${wide ? 'w-72' : 'w-44'}`} />
    </>
  );
}

/** Payment term, discount and notes of a draft. */
export function OrderTermsForm({ orderId, terms, paymentTermId, discount, notes, maxDiscount }: { orderId: string; terms: { value: string; label: string }[]; paymentTermId: string; discount: string; notes: string; maxDiscount: number }) {
  const t = useTranslations('orders.terms');
  return (
    <InlineActionForm action={updateOrderTermsAction} submitLabel={t('save')} label={t('title')}>
      <input type="hidden" name="orderId" value={orderId} />
      <div className="flex w-full flex-wrap gap-3">
        <label className="flex flex-col text-sm font-medium">
          {t('paymentTerm')}
          <Select name="paymentTermId" defaultValue={paymentTermId} density="compact">
            <option value="">{t('choose')}</option>
            {terms.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </label>
        {/* No discount to give, no field to fill: the server still checks the maximum. */}
        {maxDiscount > 0 ? (
          <label className="flex flex-col text-sm font-medium">
            {t('discount')}
            <Input name="discount" inputMode="decimal" defaultValue={discount} density="compact" className="w-24" aria-describedby="discount-hint" />
            <span id="discount-hint" className="text-xs font-normal text-stone-500">
              {t('discountHint', { max: maxDiscount })}
            </span>
          </label>
        ) : (
          <input type="hidden" name="discount" value="" />
        )}
        <label className="flex grow flex-col text-sm font-medium">
          {t('notes')}
          <Input name="notes" defaultValue={notes} density="compact" maxLength={1000} />
        </label>
      </div>
    </InlineActionForm>
  );
}

export function SubmitOrderForm({ orderId, label }: { orderId: string; label: string }) {
  return (
    <InlineActionForm action={submitOrderAction} submitLabel={label} label={label} variant="primary">
      <input type="hidden" name="orderId" value={orderId} />
    </InlineActionForm>
  );
}

export function RemoveProductForm({ orderId, productId }: { orderId: string; productId: string }) {
  const t = useTranslations('orders.grid');
  return (
    <InlineActionForm action={removeOrderProductAction} submitLabel={t('remove')} label={t('remove')} variant="secondary">
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="productId" value={productId} />
    </InlineActionForm>
  );
}
