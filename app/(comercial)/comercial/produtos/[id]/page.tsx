import { ProductPhoto } from '@/components/catalog/product-photo';
import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ImageUploadForm } from '@/components/catalog/image-upload-form';
import { ProductEditForm, VariantSettingsForm } from '@/components/catalog/product-edit-form';
import { PackForm } from '@/components/catalog/pack-form';
import { StockMoveForm } from '@/components/catalog/stock-move-form';
import { StockMovementsCard } from '@/components/catalog/stock-movements-card';
import { adminStockColumns } from '@/components/catalog/admin-stock-table/columns';
import { TableView } from '@/components/data-table/table-view';
import { Button } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { orNotFound } from '@/lib/server/not-found';
import { removePackAction, removeProductImageAction } from '@/lib/catalog/actions';
import { getProductAdmin } from '@/lib/catalog/queries';
import { centsToInput } from '@/lib/money';
import { PRODUCT_TABS, routes } from '@/lib/routes';
import { TabNav } from '@/components/ui/tab-nav';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function ProductAdminPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ movimentos?: string; aba?: string }> }) {
  await requirePermission('area.comercial');
  const actor = await requirePermission('catalog.manage');
  const data = await orNotFound(getProductAdmin(getDb(), actor, (await params).id));
  const t = await getTranslations('catalog');
  const format = await getFormatter();
  const query = await searchParams;
  const movementsPage = Math.min(10000, Math.max(1, Number(query.movimentos) || 1));
  // One section at a time: a product with a large grid has hundreds of stock cells and variant rows.
  const tab = PRODUCT_TABS.find((k) => k === query.aba) ?? null;
  const id = data.product.id;
  const level = (channelId: string, variantId: string) => data.levels.find((l) => l.channelId === channelId && l.variantId === variantId);
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href={routes.products.list()} className="text-brand-800 hover:underline">
          ← {t('title')}
        </Link>
      </p>
      <PageHeader title={`${data.product.reference} · ${data.product.name}`} description={[data.product.collection, data.product.category, format.number(data.product.basePriceCents / 100, 'money')].filter(Boolean).join(' · ')} />
      <TabNav
        label={t('tabs.label')}
        tabs={[
          { href: routes.products.detail(id), label: t('tabs.product'), current: tab === null },
          { href: routes.products.detail(id, 'estoque'), label: t('tabs.stock'), current: tab === 'estoque' },
          { href: routes.products.detail(id, 'variantes'), label: t('tabs.variants'), current: tab === 'variantes' },
        ]}
      />
      {tab === null && (
        <>
          <Card title={t('edit')} className="mb-6">
            <ProductEditForm
              product={{
                id: data.product.id,
                name: data.product.name,
                description: data.product.description ?? '',
                collection: data.product.collection ?? '',
                category: data.product.category ?? '',
                brand: data.product.brand ?? '',
                supplier: data.product.supplier ?? '',
                ncm: data.product.ncm ?? '',
                cost: centsToInput(data.product.costCents),
                basePrice: centsToInput(data.product.basePriceCents),
                active: data.product.active,
              }}
            />
          </Card>
          <Card title={t('images.title')} className="mb-6">
            {data.images.length === 0 && <ProductPhoto imageId={null} alt={data.product.name} category={data.product.category} size="thumb" className="mb-4" />}
            {data.images.length > 0 && (
              <ul className="mb-4 grid grid-cols-3 gap-3">
                {data.images.map((img) => (
                  <li key={img.id} className="space-y-1">
                    {/* The file as uploaded: the catalog team checks what the shops will see resized. */}
                    <ProductPhoto imageId={img.id} alt={data.product.name} size="original" />
                    <form action={removeProductImageAction}>
                      <input type="hidden" name="id" value={img.id} />
                      <Button type="submit" variant="ghost">
                        {t('images.remove')}
                      </Button>
                    </form>
                  </li>
                ))}
              </ul>
            )}
            <ImageUploadForm productId={data.product.id} />
          </Card>
          <Card title={t('packs.title')}>
            {data.packs.length === 0 ? (
              <p className="mb-3 text-sm text-stone-600">{t('packs.empty')}</p>
            ) : (
              <ul className="mb-4 divide-y divide-stone-100 text-sm">
                {data.packs.map((p) => (
                  <li key={p.id} className="flex items-center justify-between py-1.5">
                    <span>
                      <strong>{p.name}</strong>: {Object.entries(p.quantities).map(([size, q]) => `${q} ${size}`).join(', ')}
                    </span>
                    <form action={removePackAction}>
                      <input type="hidden" name="id" value={p.id} />
                      <Button type="submit" variant="ghost">
                        {t('packs.remove')}
                      </Button>
                    </form>
                  </li>
                ))}
              </ul>
            )}
            <PackForm productId={data.product.id} />
          </Card>
        </>
      )}
      {tab === 'estoque' && (
        <>
          <Card title={t('stock.title')}>
            <div className="mb-4">
              <TableView columns={await adminStockColumns(data)} rows={data.variants} rowKey={(v) => v.id} variant="plain" testId="admin-stock" />
            </div>
            <StockMoveForm
              variants={data.variants.map((v) => ({ value: v.id, label: `${v.colorName} ${v.size}` }))}
              channels={data.channels.map((c) => ({ value: c.id, label: `${c.code} (${c.uf})` }))}
            />
          </Card>
          <div id="movimentos">
            <StockMovementsCard actor={actor} productId={data.product.id} page={movementsPage} />
          </div>
        </>
      )}
      {tab === 'variantes' && (
        <Card title={t('variantSettings')}>
          <p className="mb-3 text-sm text-stone-600">{t('variantSettingsHint')}</p>
          <ul className="divide-y divide-stone-100 text-sm">
            {data.variants.map((v) => (
              <li key={v.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {v.colorName} {v.size} <span className="font-mono text-xs text-stone-500">{v.sku}</span>
                </span>
                <VariantSettingsForm
                  variantId={v.id}
                  label={`${v.colorName} ${v.size}`}
                  ean={v.ean ?? ''}
                  channels={data.channels.map((c) => ({ value: c.id, label: c.code }))}
                  minimum={String(level(data.channels[0]?.id ?? '', v.id)?.minimum ?? 0)}
                />
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}

export default withPageMessages('(comercial)/comercial/produtos/[id]', ProductAdminPage);
