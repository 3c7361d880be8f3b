import { getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import { ScenarioRowForm } from '@/components/pricing/scenario-forms';
import type { listScenarios } from '@/lib/pricing/queries';

type ScenarioRow = Awaited<ReturnType<typeof listScenarios>>[number];

/** The sales scenarios, each editable in its row, with how many lists and customers they reach. */
export async function scenarioColumns(): Promise<Column<ScenarioRow>[]> {
  const t = await getTranslations('pricing');
  return [
    {
      id: 'scenario',
      header: t('fields.scenario'),
      cell: (s) => <ScenarioRowForm id={s.id} name={s.name} factor={(s.factorBps / 100).toFixed(2).replace('.', ',')} rounding={s.rounding} />,
    },
    { id: 'lists', header: t('lists'), align: 'right', className: 'tabular-nums', cell: (s) => s.lists },
    { id: 'members', header: t('members'), align: 'right', className: 'tabular-nums', cell: (s) => s.members },
  ];
}
