'use client';

import { useTranslations } from 'next-intl';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { Input, Select } from '@/components/forms/inputs';
import { adjustShopStockAction, setProductSupplierAction, setShopMinimumAction, transferShopStockAction } from '@/lib/shop/actions';

/** The variant's minimum at a location. */
export function MinimumForm({ locationId, variantId, minimum, item }: { locationId: string; variantId: string; minimum: number; item: string }) {
  const t = useTranslations('shop.stock');
  return (
    <InlineActionForm action={setShopMinimumAction} submitLabel={t('saveMinimum')} label={t('minimumOf', { item })}>
      <input type="hidden" name="locationId" value={locationId} />
      <input type="hidden" name="variantId" value={variantId} />
      <Input name="minimum" type="number" min={0} max={99999} density="compact" className="w-20" defaultValue={minimum} aria-label={t('minimumOf', { item })} />
    </InlineActionForm>
  );
}

/** A counted correction (+ found, − lost or damaged) with its reason. */
export function AdjustForm({ locationId, variantId, item }: { locationId: string; variantId: string; item: string }) {
  const t = useTranslations('shop.stock');
  return (
    <InlineActionForm action={adjustShopStockAction} submitLabel={t('adjust')} label={t('adjustOf', { item })}>
      <input type="hidden" name="locationId" value={locationId} />
      <input type="hidden" name="variantId" value={variantId} />
      <Input name="quantity" inputMode="numeric" density="compact" className="w-20" placeholder="−1" aria-label={`${t('adjustQuantity')} — ${item}`} />
      <Input name="reason" density="compact" className="w-40" maxLength={300} aria-label={`${t('adjustReason')} — ${item}`} placeholder={t('adjustReason')} />
    </InlineActionForm>
  );
}

/** Who the shop restocks a product from: for the brand's products, the brand when none; for its own, no one. */
export function SupplierForm({ productId, product, supplierId, suppliers, own }: { productId: string; product: string; supplierId: string | null; suppliers: { id: string; name: string }[]; own: boolean }) {
  const t = useTranslations('shop.stock');
  return (
    <InlineActionForm action={setProductSupplierAction} submitLabel={t('saveSupplier')} label={t('supplierOf', { product })}>
      <input type="hidden" name="productId" value={productId} />
      <Select name="supplierId" density="compact" defaultValue={supplierId ?? ''} aria-label={t('supplierOf', { product })}>
        <option value="">{own ? t('noSupplier') : t('brand')}</option>
        {suppliers.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </Select>
    </InlineActionForm>
  );
}

/** Moves units of a variant to another of the shop's locations. */
export function TransferForm({ fromLocationId, variantId, item, locations }: { fromLocationId: string; variantId: string; item: string; locations: { id: string; name: string }[] }) {
  const t = useTranslations('shop.stock');
  return (
    <InlineActionForm action={transferShopStockAction} submitLabel={t('transfer')} label={t('transferOf', { item })}>
      <input type="hidden" name="fromLocationId" value={fromLocationId} />
      <input type="hidden" name="variantId" value={variantId} />
      <Input name="quantity" inputMode="numeric" density="compact" className="w-16" aria-label={`${t('transferQuantity')} — ${item}`} />
      <Select name="toLocationId" density="compact" aria-label={`${t('transferTo')} — ${item}`}>
        {locations
          .filter((l) => l.id !== fromLocationId)
          .map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
      </Select>
    </InlineActionForm>
  );
}
