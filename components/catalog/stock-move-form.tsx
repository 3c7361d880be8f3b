'use client';

import { useTranslations } from 'next-intl';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { moveStockAction } from '@/lib/catalog/actions';
import { Input, Select } from '@/components/forms/inputs';

/** Goods received, or a count correction with its reason, for one variant at one channel. */
export function StockMoveForm({ variants, channels }: { variants: { value: string; label: string }[]; channels: { value: string; label: string }[] }) {
  const t = useTranslations('catalog.stock');
  return (
    <InlineActionForm action={moveStockAction} submitLabel={t('register')} label={t('title')}>
      <label className="sr-only" htmlFor="sm-variant">{t('variant')}</label>
      <Select id="sm-variant" name="variantId" density="compact">
        {variants.map((v) => (
          <option key={v.value} value={v.value}>
            {v.label}
          </option>
        ))}
      </Select>
      <label className="sr-only" htmlFor="sm-channel">{t('channel')}</label>
      <Select id="sm-channel" name="channelId" density="compact">
        {channels.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </Select>
      <label className="sr-only" htmlFor="sm-kind">{t('kind')}</label>
      <Select id="sm-kind" name="kind" density="compact">
        <option value="receipt">{t('receipt')}</option>
        <option value="adjustment">{t('adjustment')}</option>
      </Select>
      <label className="sr-only" htmlFor="sm-qty">{t('quantity')}</label>
      <Input id="sm-qty" name="quantity" inputMode="numeric" placeholder={t('quantity')} density="compact" className="w-24" />
      <label className="sr-only" htmlFor="sm-reason">{t('reason')}</label>
      <Input id="sm-reason" name="reason" placeholder={t('reason')} density="compact" className="w-56" />
    </InlineActionForm>
  );
}
