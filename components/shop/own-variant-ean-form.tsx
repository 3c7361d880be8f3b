'use client';

import { useTranslations } from 'next-intl';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { Input } from '@/components/forms/inputs';
import { setOwnVariantEanAction } from '@/lib/shop/own-product-actions';

/** The barcode of one variant of the shop's own product (what the counter's scanner reads). */
export function OwnVariantEanForm({ variantId, ean, item }: { variantId: string; ean: string; item: string }) {
  const t = useTranslations('shop.products');
  return (
    <InlineActionForm action={setOwnVariantEanAction} submitLabel={t('saveEan')} label={t('eanOf', { item })}>
      <input type="hidden" name="variantId" value={variantId} />
      <Input name="ean" defaultValue={ean} placeholder="EAN-13" inputMode="numeric" maxLength={20} density="compact" className="w-36 font-mono" aria-label={t('eanOf', { item })} />
    </InlineActionForm>
  );
}
