import { getTranslations } from 'next-intl/server';
import { productColumns } from '@/components/catalog/products-table/columns';
import { EmptyState } from '@/components/data-table/empty-state';
import { ServerTable } from '@/components/data-table/server-table';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listProducts } from '@/lib/catalog/queries';
import { routes } from '@/lib/routes';

export default async function ProductsPage({ searchParams }: { searchParams: Promise<{ created?: string }> }) {
  await requirePermission('area.comercial');
  const actor = await requirePermission('catalog.manage');
  const [rows, { created }] = await Promise.all([listProducts(getDb(), actor), searchParams]);
  const t = await getTranslations('catalog');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={<ButtonLink href={routes.products.new()}>{t('new')}</ButtonLink>} />
      {created && (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {t('created')}
        </p>
      )}
      <ServerTable
        columns={await productColumns()}
        rows={rows}
        rowKey={(p) => p.id}
        // The product just created stands out so the user sees where it landed.
        rowClassName={(p) => (p.id === created ? 'bg-green-50' : undefined)}
        emptyState={<EmptyState title={t('emptyTitle')} description={t('emptyBody')} action={<ButtonLink href={routes.products.new()}>{t('new')}</ButtonLink>} />}
      />
    </>
  );
}
