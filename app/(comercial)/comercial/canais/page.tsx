import { getTranslations } from 'next-intl/server';
import { ChannelForm } from '@/components/catalog/pack-form';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listChannels } from '@/lib/catalog/queries';

export default async function ChannelsPage() {
  await requirePermission('area.comercial');
  const actor = await requirePermission('pricing.manage');
  const rows = await listChannels(getDb(), actor);
  const t = await getTranslations('catalog.channels');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Card className="mb-6">
        <table className="min-w-full divide-y divide-stone-200 text-sm">
          <thead className="text-left">
            <tr>
              <th scope="col" className="py-2 font-medium">{t('code')}</th>
              <th scope="col" className="py-2 font-medium">{t('name')}</th>
              <th scope="col" className="py-2 font-medium">UF</th>
              <th scope="col" className="py-2 text-right font-medium">{t('onHand')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {rows.map((c) => (
              <tr key={c.id}>
                <td className="py-2 font-mono text-xs">{c.code}</td>
                <td className="py-2">{c.name}</td>
                <td className="py-2">{c.uf}</td>
                <td className="py-2 text-right tabular-nums">{c.onHand}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card title={t('new')}>
        <p className="mb-3 text-sm text-stone-600">{t('newHint')}</p>
        <ChannelForm />
      </Card>
    </>
  );
}
