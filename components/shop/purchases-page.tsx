import { getFormatter, getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import { EmptyState } from '@/components/data-table/empty-state';
import { ServerTable } from '@/components/data-table/server-table';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { routes } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { findCurrentShop } from '@/lib/shop/current';
import { purchaseRequestList } from '@/lib/shop/purchase-queries';
import { NoShopNotice } from './no-shop-notice';
import { ShopHeader } from './shop-header';

type Row = Awaited<ReturnType<typeof purchaseRequestList>>[number];
const TONES = { open: 'amber', sent: 'brand', received: 'green', cancelled: 'neutral' } as const;

/** The shop's purchase requests: the open ones first, each to review, send and receive. */
export async function PurchasesPage({ actor }: { actor: Actor }) {
  const db = getDb();
  const shop = await findCurrentShop(db, actor);
  if (!shop) return <NoShopNotice />;
  const rows = await purchaseRequestList(db, actor, shop);
  const t = await getTranslations('shop.purchases');
  const format = await getFormatter();
  const columns: Column<Row>[] = [
    { id: 'number', header: t('number'), cell: (r) => `#${r.number}`, link: true },
    { id: 'date', header: t('date'), cell: (r) => format.dateTime(r.createdAt, 'short') },
    { id: 'supplier', header: t('supplier'), cell: (r) => r.supplier ?? t('brand') },
    { id: 'lines', header: t('lines'), align: 'right', cell: (r) => `${r.lines} · ${r.pieces}` },
    { id: 'status', header: t('status'), cell: (r) => <Badge tone={TONES[r.status]}>{t(`statuses.${r.status}`)}</Badge> },
  ];
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={<ButtonLink variant="secondary" href={routes.shop.suppliers()}>{(await getTranslations('shop.suppliers'))('title')}</ButtonLink>} />
      <ShopHeader actor={actor} shop={shop} />
      <ServerTable columns={columns} rows={rows} rowKey={(r) => r.id} rowHref={(r) => routes.shop.purchase(r.id)} testId="purchases" emptyState={<EmptyState title={t('empty')} description={t('description')} />} />
    </>
  );
}
