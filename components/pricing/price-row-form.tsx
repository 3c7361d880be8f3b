'use client';

import { useTranslations } from 'next-intl';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { setAdjustmentAction, setListPriceAction } from '@/lib/pricing/actions';
import { Input } from '@/components/forms/inputs';

export function ListPriceForm({ priceListId, productId, price, label }: { priceListId: string; productId: string; price: string; label: string }) {
  const t = useTranslations('pricing');
  return (
    <InlineActionForm action={setListPriceAction} submitLabel={t('save')} label={label}>
      <input type="hidden" name="priceListId" value={priceListId} />
      <input type="hidden" name="productId" value={productId} />
      <label className="sr-only" htmlFor={`p-${productId}`}>{t('fields.price')}</label>
      <Input id={`p-${productId}`} name="price" defaultValue={price} inputMode="decimal" density="compact" className="w-28 text-right tabular-nums" />
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
      <Input id={`a-${originUf}-${destUf}`} name="adjustment" defaultValue={adjustment} inputMode="decimal" density="compact" className="w-28 text-right tabular-nums" />
    </InlineActionForm>
  );
}
