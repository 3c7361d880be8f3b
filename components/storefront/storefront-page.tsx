import { getTranslations } from 'next-intl/server';
import { Notice } from '@/components/ui/notice';
import { EmptyState } from '@/components/data-table/empty-state';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { storefrontContext } from '@/lib/catalog/storefront';
import { storefrontFacets } from '@/lib/catalog/storefront-facets';
import { encodeCursor, filterParams, storefrontFilterSchema } from '@/lib/catalog/storefront-filter';
import { listStorefront } from '@/lib/catalog/storefront-list';
import { findCustomerSuggestion } from '@/lib/crm/queries';
import { routes, type StorefrontArea } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { PriceExplanationText } from './price-explanation';
import { StorefrontBar } from './storefront-bar';
import { parseQuery } from '@/lib/server/clean-input';
import { StorefrontFilters } from './storefront-filters';
import { StorefrontGrid } from './storefront-grid';
import { SERVES_CUSTOMER } from './storefront-view';
import { BlockedCustomerNotice } from '@/components/crm/blocked-customer-notice';

/** The B2B storefront: the shop's (or the served customer's) prices from the chosen origin. */
export async function StorefrontPage({ actor, area, searchParams }: { actor: Actor; area: StorefrontArea; searchParams: Record<string, string | string[] | undefined> }) {
  const db = getDb();
  const filter = parseQuery(storefrontFilterSchema, searchParams);
  const ctx = await storefrontContext(db, actor);
  const servesCustomer = SERVES_CUSTOMER[actor.role];
  const [page, facets, serving] = await Promise.all([listStorefront(db, ctx, filter), storefrontFacets(db, ctx, filter), servesCustomer ? findCustomerSuggestion(db, actor, ctx.customer?.id) : null]);
  const t = await getTranslations('storefront');
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
      <StorefrontFilters area={area} filter={filter} facets={facets} />
      {page.items.length === 0 ? (
        <EmptyState title={t('emptyTitle')} description={t('emptyBody')} />
      ) : (
        <StorefrontGrid area={area} items={page.items} total={facets.total} moreHref={page.next && routes.storefront.list(area, { ...filterParams(filter), ate: encodeCursor(page.next) })} />
      )}
    </>
  );
}
