import { getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import type { listChannels } from '@/lib/catalog/queries';

type ChannelRow = Awaited<ReturnType<typeof listChannels>>[number];

/** The sales origins (channels) with the stock each holds. */
export async function channelColumns(): Promise<Column<ChannelRow>[]> {
  const t = await getTranslations('catalog.channels');
  return [
    { id: 'code', header: t('code'), className: 'font-mono text-xs', cell: (c) => c.code },
    { id: 'name', header: t('name'), cell: (c) => c.name },
    { id: 'uf', header: 'UF', cell: (c) => c.uf },
    { id: 'onHand', header: t('onHand'), align: 'right', className: 'tabular-nums', cell: (c) => c.onHand },
  ];
}
