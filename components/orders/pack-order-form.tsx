'use client';

import { useTranslations } from 'next-intl';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { addPackToOrderAction } from '@/lib/orders/actions';
import { Input, Select } from '@/components/forms/inputs';

/** A number of fixed packs ("grade fechada") of one color into the draft. */
export function PackOrderForm({ productId, packs, colors }: { productId: string; packs: { id: string; name: string; quantities: Record<string, number> }[]; colors: string[] }) {
  const t = useTranslations('orders.pack');
  return (
    <InlineActionForm action={addPackToOrderAction} submitLabel={t('add')} label={t('title')}>
      <input type="hidden" name="productId" value={productId} />
      <label className="flex flex-col text-xs font-medium">
        {t('pack')}
        <Select name="packId" density="compact">
          {packs.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({Object.entries(p.quantities).map(([s, q]) => `${q} ${s}`).join(', ')})
            </option>
          ))}
        </Select>
      </label>
      <label className="flex flex-col text-xs font-medium">
        {t('color')}
        <Select name="color" density="compact">
          {colors.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex flex-col text-xs font-medium">
        {t('count')}
        <Input name="packs" inputMode="numeric" defaultValue="1" density="compact" className="w-20" />
      </label>
    </InlineActionForm>
  );
}
