'use client';

import { useTranslations } from 'next-intl';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { Select } from '@/components/forms/inputs';
import { chooseShopAction } from '@/lib/shop/actions';

/** An owner with several shops picks the one it works in; the counter, registers and stock follow. */
export function ShopSwitcher({ shops, currentId }: { shops: { id: string; name: string }[]; currentId: string }) {
  const t = useTranslations('shop.settings');
  return (
    <InlineActionForm action={chooseShopAction} submitLabel={t('choose')} label={t('shop')}>
      <label htmlFor="shop-switch" className="text-sm text-stone-700">
        {t('shop')}
      </label>
      <Select id="shop-switch" name="shopId" density="compact" defaultValue={currentId}>
        {shops.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </Select>
    </InlineActionForm>
  );
}
