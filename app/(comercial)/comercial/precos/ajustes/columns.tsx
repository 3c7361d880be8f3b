import { getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import { AdjustmentForm } from '@/components/pricing/price-row-form';
import type { listAdjustments } from '@/lib/pricing/queries';

type AdjustmentRow = Awaited<ReturnType<typeof listAdjustments>>['rows'][number];

/** One origin's adjustment per destination UF, each editable in its row. */
export async function adjustmentColumns(): Promise<Column<AdjustmentRow>[]> {
  const t = await getTranslations('pricing');
  return [
    { id: 'destUf', header: t('fields.destUf'), cell: (r) => `${r.destUf} ≫ ${r.originUf}` },
    {
      id: 'adjustment',
      header: t('fields.adjustment'),
      cell: (r) => <AdjustmentForm originUf={r.originUf} destUf={r.destUf} adjustment={(r.adjustmentBps / 100).toFixed(2).replace('.', ',')} />,
    },
  ];
}
