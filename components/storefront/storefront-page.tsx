import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ProductPhoto } from '@/components/catalog/product-photo';
import { FilterSelect } from '@/components/forms/filter-select';
import { buttonClass } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { EmptyState } from '@/components/data-table/empty-state';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { listStorefront, storefrontContext, storefrontFacets, storefrontFilterSchema } from '@/lib/catalog/storefront';
import { findCustomerSuggestion } from '@/lib/crm/queries';
import { routes, type StorefrontArea } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { PriceExplanationText } from './price-explanation';
import { StorefrontBar } from './storefront-bar';
import { Input } from '@/components/forms/inputs';
import { parseQuery } from '@/lib/server/clean-input';
import { centsToInput } from '@/lib/money';
import { SERVES_CUSTOMER } from './storefront-view';
import { BlockedCustomerNotice } from '@/components/crm/blocked-customer-notice';

/** The B2B storefront: the shop's (or the served customer's) prices from the chosen origin. */
export async function StorefrontPage({ actor, area, searchParams }: { actor: Actor; area: StorefrontArea; searchParams: Record<string, string | string[] | undefined> }) {
  const db = getDb();
  const filter = parseQuery(storefrontFilterSchema, searchParams);
  const [ctx, facets] = await Promise.all([storefrontContext(db, actor), storefrontFacets(db)]);
  const servesCustomer = SERVES_CUSTOMER[actor.role];
  const [items, serving] = await Promise.all([listStorefront(db, ctx, filter), servesCustomer ? findCustomerSuggestion(db, actor, ctx.customer?.id) : null]);
  const t = await getTranslations('storefront');
  const format = await getFormatter();
  const hasPrices = Boolean(ctx.pricing?.listId);
  return (
    <>
      <PageHeader title={t('title')} description={ctx.customer ? t('forCustomer', { name: ctx.customer.name, uf: ctx.customer.uf }) : t('noCustomer')} />
      <StorefrontBar channels={ctx.channels.map((c) => ({ value: c.id, label: `${c.name} (${c.uf})` }))} channelId={ctx.channel?.id ?? null} servesCustomer={servesCustomer} serving={serving} />
      {ctx.customer && <BlockedCustomerNotice customer={ctx.customer} shop={actor.role === 'lojista'} className="mb-6" />}
      {ctx.customer && !hasPrices && (
        <Notice tone="warning" role="status" className="mb-6">
          {t('noPrices')}
        </Notice>
      )}
      {ctx.pricing && hasPrices && (
        <div className="mb-6 rounded-md bg-brand-50 px-4 py-3">
          <PriceExplanationText pricing={ctx.pricing} role={actor.role} />
        </div>
      )}
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <div className="flex flex-col text-sm">
          <label htmlFor="sf-q" className="mb-1 font-medium">
            {t('search')}
          </label>
          <Input id="sf-q" name="q" type="search" defaultValue={filter.q ?? ''} />
        </div>
        <FilterSelect id="sf-collection" name="collection" label={t('collection')} allLabel={t('all')} value={filter.collection} options={facets.collections.map((c) => ({ value: c, label: c }))} />
        <FilterSelect id="sf-category" name="category" label={t('category')} allLabel={t('all')} value={filter.category} options={facets.categories.map((c) => ({ value: c, label: c }))} />
        <FilterSelect id="sf-size" name="size" label={t('size')} allLabel={t('all')} value={filter.size} options={facets.sizes.map((s) => ({ value: s, label: s }))} />
        <div className="flex flex-col text-sm">
          <label htmlFor="sf-min" className="mb-1 font-medium">
            {t('minPrice')}
          </label>
          <Input id="sf-min" name="min" inputMode="decimal" defaultValue={centsToInput(filter.min)} className="w-24" />
        </div>
        <div className="flex flex-col text-sm">
          <label htmlFor="sf-max" className="mb-1 font-medium">
            {t('maxPrice')}
          </label>
          <Input id="sf-max" name="max" inputMode="decimal" defaultValue={centsToInput(filter.max)} className="w-24" />
        </div>
        <button type="submit" className={buttonClass('primary')}>
          {t('apply')}
        </button>
        <a href={routes.storefront.list(area)} className={buttonClass('ghost')}>
          {t('clear')}
        </a>
      </form>
      {items.length === 0 ? (
        <EmptyState title={t('emptyTitle')} description={t('emptyBody')} />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={t('products')}>
          {items.map((p) => (
            <li key={p.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm" data-testid="product-card">
              {/* The photo links too, hidden from assistive tech: the name below is the card's one link. */}
              <Link href={routes.storefront.product(area, p.id)} aria-hidden tabIndex={-1} className="mb-3 block">
                <ProductPhoto imageId={p.imageId} alt="" category={p.category} size="thumb" box="w-full" />
              </Link>
              <Link href={routes.storefront.product(area, p.id)} className="font-medium text-stone-900 hover:text-brand-800 hover:underline">
                {p.name}
              </Link>
              <p className="text-xs text-stone-500">
                {p.reference} · {p.collection}
              </p>
              <div className="mt-2 flex gap-1" aria-label={t('colors')}>
                {p.colors.map((c) => (
                  <span key={c.name} title={c.name} className="h-4 w-4 rounded-full border border-stone-300" style={{ backgroundColor: c.hex }} />
                ))}
              </div>
              <p className="mt-1 text-xs text-stone-600">{[...p.sizes].join(' · ')}</p>
              <p className="mt-3 text-lg font-semibold tabular-nums" data-testid="price">
                {p.priceCents !== null ? format.number(p.priceCents / 100, 'money') : '—'}
              </p>
              <p className="text-xs text-stone-500">{t('available', { count: p.available })}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
