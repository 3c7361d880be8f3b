import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { EmptyState } from '@/components/data-table/empty-state';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { getOwnCustomer } from '@/lib/crm/queries';
import { orderFilterSchema } from '@/lib/orders/filters';
import { listDrafts, listOrders, orderFilterOptions } from '@/lib/orders/queries';
import type { Actor } from '@/lib/server/context';
import { OrderFilters } from './order-filters';
import { QuickApproveForm } from './order-forms';
import { OrdersTable } from './orders-table/orders-table';
import { parseQuery } from '@/lib/server/clean-input';

/**
 * The orders page every area shares; what it shows follows the role: a shop its own orders and
 * drafts, a representative its approval queue, finance its hold queue, comercial every order.
 */
export async function OrdersIndex({ actor, basePath, searchParams }: { actor: Actor; basePath: string; searchParams: Record<string, string | string[] | undefined> }) {
  const filter = parseQuery(orderFilterSchema, searchParams);
  const db = getDb();
  const t = await getTranslations('orders');
  const staff = ['admin', 'comercial', 'financeiro'].includes(actor.role);
  const queueStatus = actor.role === 'representante' ? 'submitted' : actor.role === 'financeiro' ? 'financial_hold' : null;
  const [result, drafts, queue, options, own] = await Promise.all([
    listOrders(db, actor, filter),
    can(actor.role, 'orders.place') ? listDrafts(db, actor) : Promise.resolve([]),
    queueStatus ? listOrders(db, actor, orderFilterSchema.parse({ status: queueStatus, sort: 'date', dir: 'asc' })) : Promise.resolve(null),
    staff ? orderFilterOptions(db) : Promise.resolve(null),
    actor.role === 'lojista' ? getOwnCustomer(db, actor) : Promise.resolve(null),
  ]);
  const filtered = Object.keys(searchParams).some((k) => !['sort', 'dir', 'page'].includes(k) && searchParams[k]);
  const shop = actor.role === 'lojista';
  const storePath = basePath.replace(/pedidos$/, 'loja');
  const quickApprove = queueStatus === 'submitted' && can(actor.role, 'orders.approve');
  return (
    <>
      <PageHeader
        title={shop ? t('list.titleShop') : t('list.title')}
        description={shop ? t('list.descriptionShop') : actor.role === 'representante' ? t('list.descriptionRep') : actor.role === 'financeiro' ? t('list.descriptionFinance') : t('list.descriptionAll')}
        actions={can(actor.role, 'orders.place') ? <ButtonLink href={storePath}>{t('list.goShop')}</ButtonLink> : undefined}
      />
      {own?.status === 'blocked' && (
        <Notice tone="danger" role="alert" className="mb-4">
          {t('detail.blockedBanner', { reason: own.blockedReason ?? '—' })}
        </Notice>
      )}
      {queue && (
        <Card title={`${queueStatus === 'submitted' ? t('list.queue') : t('list.holdQueue')} (${queue.total})`} className="mb-6">
          {queue.total ? <OrdersTable rows={queue.rows} total={queue.total} filter={filter} basePath={basePath} showRepresentative={staff} paged={false} testId="order-queue" rowAction={quickApprove ? (o) => <QuickApproveForm orderId={o.id} number={o.number} /> : undefined} /> : <p className="text-sm text-stone-600">{t('list.emptyQueue')}</p>}
        </Card>
      )}
      {drafts.length > 0 && (
        <Card title={t('list.drafts')} className="mb-6">
          <OrdersTable rows={drafts} total={drafts.length} filter={filter} basePath={basePath} showCustomer={!shop} showRepresentative={staff} paged={false} testId="order-drafts" />
        </Card>
      )}
      <OrderFilters filter={filter} basePath={basePath} full={options} byUf={!shop} exportHref={can(actor.role, 'orders.export') ? `${basePath}/exportar` : undefined} />
      {result.total === 0 ? (
        <EmptyState
          title={filtered ? t('list.emptyFiltered') : t('list.empty')}
          description={filtered ? t('list.emptyFilteredHint') : shop ? t('list.emptyShop') : t('list.empty')}
          action={!filtered && can(actor.role, 'orders.place') ? <ButtonLink href={storePath}>{t('list.goShop')}</ButtonLink> : undefined}
        />
      ) : (
        <OrdersTable rows={result.rows} total={result.total} filter={filter} basePath={basePath} showCustomer={!shop} showRepresentative={staff} testId="orders" />
      )}
    </>
  );
}
