'use client';

import { useTranslations } from 'next-intl';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { moveStockAction } from '@/lib/catalog/actions';

const INPUT = 'rounded-md border border-stone-300 px-2 py-1.5 text-sm';

/** Goods received, or a count correction with its reason, for one variant at one channel. */
export function StockMoveForm({ variants, channels }: { variants: { value: string; label: string }[]; channels: { value: string; label: string }[] }) {
  const t = useTranslations('catalog.stock');
  return (
    <InlineActionForm action={moveStockAction} submitLabel={t('register')} label={t('title')}>
      <label className="sr-only" htmlFor="sm-variant">{t('variant')}</label>
      <select id="sm-variant" name="variantId" className={INPUT}>
        {variants.map((v) => (
          <option key={v.value} value={v.value}>
            {v.label}
          </option>
        ))}
      </select>
      <label className="sr-only" htmlFor="sm-channel">{t('channel')}</label>
      <select id="sm-channel" name="channelId" className={INPUT}>
        {channels.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <label className="sr-only" htmlFor="sm-kind">{t('kind')}</label>
      <select id="sm-kind" name="kind" className={INPUT}>
        <option value="receipt">{t('receipt')}</option>
        <option value="adjustment">{t('adjustment')}</option>
      </select>
      <label className="sr-only" htmlFor="sm-qty">{t('quantity')}</label>
      <input id="sm-qty" name="quantity" inputMode="numeric" placeholder={t('quantity')} className={`${INPUT} w-24`} />
      <label className="sr-only" htmlFor="sm-reason">{t('reason')}</label>
      <input id="sm-reason" name="reason" placeholder={t('reason')} className={`${INPUT} w-56`} />
    </InlineActionForm>
  );
}
