import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/data-table/empty-state';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listProducts } from '@/lib/catalog/queries';

export default async function ProductsPage({ searchParams }: { searchParams: Promise<{ created?: string }> }) {
  await requirePermission('area.comercial');
  const actor = await requirePermission('catalog.manage');
  const [rows, { created }] = await Promise.all([listProducts(getDb(), actor), searchParams]);
  const t = await getTranslations('catalog');
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={<ButtonLink href="/comercial/produtos/novo">{t('new')}</ButtonLink>} />
      {created && (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {t('created')}
        </p>
      )}
      {rows.length === 0 ? (
        <EmptyState title={t('emptyTitle')} description={t('emptyBody')} action={<ButtonLink href="/comercial/produtos/novo">{t('new')}</ButtonLink>} />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="min-w-full divide-y divide-stone-200 text-sm">
            <thead className="bg-stone-50 text-left">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">{t('fields.reference')}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t('fields.name')}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t('fields.collection')}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t('fields.category')}</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">{t('fields.basePrice')}</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">{t('variants')}</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">{t('onHand')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {rows.map((p) => (
                <tr key={p.id} className={p.id === created ? 'bg-green-50' : undefined}>
                  <td className="px-3 py-2 font-mono text-xs">{p.reference}</td>
                  <td className="px-3 py-2">
                    <Link href={`/comercial/produtos/${p.id}`} className="text-brand-800 hover:underline">
                      {p.name}
                    </Link>{' '}
                    {!p.active && <Badge>{t('inactive')}</Badge>}
                  </td>
                  <td className="px-3 py-2">{p.collection ?? '—'}</td>
                  <td className="px-3 py-2">{p.category ?? '—'}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{format.number(p.basePriceCents / 100, 'money')}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{p.variants}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{p.onHand}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
