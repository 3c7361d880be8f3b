'use client';

import { useTranslations } from 'next-intl';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { addPackToOrderAction } from '@/lib/orders/actions';

const INPUT = 'rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm';

/** A number of fixed packs ("grade fechada") of one color into the draft. */
export function PackOrderForm({ productId, packs, colors }: { productId: string; packs: { id: string; name: string; quantities: Record<string, number> }[]; colors: string[] }) {
  const t = useTranslations('orders.pack');
  return (
    <InlineActionForm action={addPackToOrderAction} submitLabel={t('add')} label={t('title')}>
      <input type="hidden" name="productId" value={productId} />
      <label className="flex flex-col text-xs font-medium">
        {t('pack')}
        <select name="packId" className={INPUT}>
          {packs.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({Object.entries(p.quantities).map(([s, q]) => `${q} ${s}`).join(', ')})
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs font-medium">
        {t('color')}
        <select name="color" className={INPUT}>
          {colors.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs font-medium">
        {t('count')}
        <input name="packs" inputMode="numeric" defaultValue="1" className={`${INPUT} w-20`} />
      </label>
    </InlineActionForm>
  );
}
