'use client';

import { useTranslations } from 'next-intl';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { Input } from '@/components/forms/inputs';
import { setRetailPriceAction } from '@/lib/shop/actions';

/** The owner's own price for a product (empty: back to cost plus markup). */
export function RetailPriceForm({ productId, product, price }: { productId: string; product: string; price: string }) {
  const t = useTranslations('shop.prices');
  return (
    <InlineActionForm action={setRetailPriceAction} submitLabel={t('save')} label={t('setOf', { product })}>
      <input type="hidden" name="productId" value={productId} />
      <Input name="price" inputMode="decimal" density="compact" className="w-28" defaultValue={price} placeholder={t('byMarkup')} aria-label={t('setOf', { product })} />
    </InlineActionForm>
  );
}
