import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ButtonLink } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { EmptyState } from '@/components/data-table/empty-state';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { getOwnCustomer } from '@/lib/crm/queries';
import { orderFilterSchema } from '@/lib/orders/filters';
import { listDrafts, listOrders, orderFilterOptions } from '@/lib/orders/queries';
import { hasScreen, ORDER_EXPORT_AREAS, routes, STOREFRONT_AREAS, type OrdersArea } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { OrderFilters } from './order-filters';
import { ORDERS_VIEW } from './orders-view';
import { QuickApproveForm } from './order-forms';
import { OrdersTable } from './orders-table/orders-table';
import { parseQuery } from '@/lib/server/clean-input';

/** The queue and drafts cards show a few; the rest are a link away, in the list below filtered to them. */
const QUEUE_SIZE = 5;

/**
 * The orders page every area shares; what it shows follows the role: a shop its own orders and
 * drafts, a representative its approval queue, finance its hold queue, comercial every order
 * (ORDERS_VIEW). `area` is the area the page is mounted in.
 */
export async function OrdersIndex({ actor, area, searchParams }: { actor: Actor; area: OrdersArea; searchParams: Record<string, string | string[] | undefined> }) {
  const filter = parseQuery(orderFilterSchema, searchParams);
  const db = getDb();
  const t = await getTranslations('orders');
  const view = ORDERS_VIEW[actor.role];
  const { staff, shop, queue: queueStatus } = view;
  const queueQuery = { status: queueStatus, sort: 'date', dir: 'asc' } as const;
  const [result, drafts, queue, options, own] = await Promise.all([
    listOrders(db, actor, filter),
    can(actor.role, 'orders.place') ? listDrafts(db, actor, QUEUE_SIZE) : Promise.resolve({ rows: [], total: 0 }),
    queueStatus ? listOrders(db, actor, orderFilterSchema.parse(queueQuery), QUEUE_SIZE) : Promise.resolve(null),
    staff ? orderFilterOptions(db) : Promise.resolve(null),
    shop ? getOwnCustomer(db, actor) : Promise.resolve(null),
  ]);
  const filtered = Object.keys(searchParams).some((k) => !['sort', 'dir', 'page'].includes(k) && searchParams[k]);
  // Only the areas that place orders have a storefront to go shopping in.
  const storePath = can(actor.role, 'orders.place') && hasScreen(STOREFRONT_AREAS, area) ? routes.storefront.list(area) : null;
  const exportHref = can(actor.role, 'orders.export') && hasScreen(ORDER_EXPORT_AREAS, area) ? routes.orders.export(area) : undefined;
  const quickApprove = queueStatus === 'submitted' && can(actor.role, 'orders.approve');
  return (
    <>
      <PageHeader
        title={t(view.title)}
        description={t(view.description)}
        actions={storePath ? <ButtonLink href={storePath}>{t('list.goShop')}</ButtonLink> : undefined}
      />
      {own?.status === 'blocked' && (
        <Notice tone="danger" role="alert" className="mb-4">
          {t('detail.blockedBanner', { reason: own.blockedReason ?? '—' })}
        </Notice>
      )}
      {queue && (
        <Card title={`${queueStatus === 'submitted' ? t('list.queue') : t('list.holdQueue')} (${queue.total})`} className="mb-6">
          {queue.total ? <OrdersTable rows={queue.rows} total={queue.total} filter={filter} area={area} showRepresentative={staff} paged={false} fixedOrder={{ key: 'date', dir: 'asc' }} testId="order-queue" rowAction={quickApprove ? (o) => <QuickApproveForm orderId={o.id} number={o.number} /> : undefined} /> : <p className="text-sm text-stone-600">{t('list.emptyQueue')}</p>}
          {queue.total > queue.rows.length && (
            <Link href={routes.orders.list(area, queueQuery)} className="mt-3 inline-block text-sm row-link">
              {t('list.queueAll', { n: queue.capped ? `${queue.total}+` : queue.total })}
            </Link>
          )}
        </Card>
      )}
      {drafts.total > 0 && (
        <Card title={`${t('list.drafts')} (${drafts.total})`} className="mb-6">
          <OrdersTable rows={drafts.rows} total={drafts.total} filter={filter} area={area} showCustomer={!shop} showRepresentative={staff} paged={false} testId="order-drafts" />
          {drafts.total > drafts.rows.length && (
            <Link href={routes.orders.list(area, { status: 'draft' })} className="mt-3 inline-block text-sm row-link">
              {t('list.draftsAll', { n: drafts.total })}
            </Link>
          )}
        </Card>
      )}
      <OrderFilters filter={filter} area={area} full={options} byUf={!shop} exportHref={exportHref} />
      {result.total === 0 ? (
        <EmptyState
          title={filtered ? t('list.emptyFiltered') : t('list.empty')}
          description={filtered ? t('list.emptyFilteredHint') : shop ? t('list.emptyShop') : t('list.empty')}
          action={!filtered && storePath ? <ButtonLink href={storePath}>{t('list.goShop')}</ButtonLink> : undefined}
        />
      ) : (
        <OrdersTable rows={result.rows} total={result.total} capped={result.capped} filter={filter} area={area} showCustomer={!shop} showRepresentative={staff} testId="orders" />
      )}
    </>
  );
}
