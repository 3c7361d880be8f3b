import { getTranslations } from 'next-intl/server';
import { ChannelForm } from '@/components/catalog/pack-form';
import { ServerTable } from '@/components/data-table/server-table';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listChannels } from '@/lib/catalog/queries';
import { channelColumns } from './columns';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function ChannelsPage() {
  await requirePermission('area.comercial');
  const actor = await requirePermission('pricing.manage');
  const rows = await listChannels(getDb(), actor);
  const t = await getTranslations('catalog.channels');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Card className="mb-6">
        <ServerTable columns={await channelColumns()} rows={rows} rowKey={(c) => c.id} variant="plain" />
      </Card>
      <Card title={t('new')}>
        <p className="mb-3 text-sm text-stone-600">{t('newHint')}</p>
        <ChannelForm />
      </Card>
    </>
  );
}

export default withPageMessages('(comercial)/comercial/canais', ChannelsPage);
