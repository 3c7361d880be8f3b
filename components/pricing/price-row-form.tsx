'use client';

import { useTranslations } from 'next-intl';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { setAdjustmentAction, setListPriceAction } from '@/lib/pricing/actions';

const INPUT = 'w-28 rounded-md border border-stone-300 px-2 py-1.5 text-right text-sm tabular-nums';

export function ListPriceForm({ priceListId, productId, price, label }: { priceListId: string; productId: string; price: string; label: string }) {
  const t = useTranslations('pricing');
  return (
    <InlineActionForm action={setListPriceAction} submitLabel={t('save')} label={label}>
      <input type="hidden" name="priceListId" value={priceListId} />
      <input type="hidden" name="productId" value={productId} />
      <label className="sr-only" htmlFor={`p-${productId}`}>{t('fields.price')}</label>
      <input id={`p-${productId}`} name="price" defaultValue={price} inputMode="decimal" className={INPUT} />
    </InlineActionForm>
  );
}

export function AdjustmentForm({ originUf, destUf, adjustment }: { originUf: string; destUf: string; adjustment: string }) {
  const t = useTranslations('pricing');
  return (
    <InlineActionForm action={setAdjustmentAction} submitLabel={t('save')} label={`${destUf} ≫ ${originUf}`}>
      <input type="hidden" name="originUf" value={originUf} />
      <input type="hidden" name="destUf" value={destUf} />
      <label className="sr-only" htmlFor={`a-${originUf}-${destUf}`}>{t('fields.adjustment')}</label>
      <input id={`a-${originUf}-${destUf}`} name="adjustment" defaultValue={adjustment} inputMode="decimal" className={INPUT} />
    </InlineActionForm>
  );
}
