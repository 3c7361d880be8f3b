import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { EmptyState } from '@/components/data-table/empty-state';
import { TableView } from '@/components/data-table/table-view';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { returnableLines, returnableOrders } from '@/lib/returns/queries';
import { routes } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { orNotFound } from '@/lib/server/not-found';
import { NewReturnForm } from './return-forms';
import { returnableOrderColumns } from './returnable-orders-table/columns';

/** The shop's "Solicitar devolução": for one of its delivered orders, or, without one, the choice of the order. */
export async function NewReturnPage({ actor, orderId }: { actor: Actor; orderId: string }) {
  if (!orderId) return <ChooseOrder actor={actor} />;
  const data = await orNotFound(returnableLines(getDb(), actor, orderId));
  const t = await getTranslations('returns');
  const back = (
    <Link href={routes.orders.detail('lojista', data.order.id)} className="text-brand-800 hover:underline">
      ← #{data.order.number}
    </Link>
  );
  if (data.order.status !== 'delivered') return <EmptyState title={t('new.notDelivered')} description="" action={back} />;
  const anyLeft = data.lines.some((l) => l.left > 0);
  return (
    <>
      <p className="mb-4 text-sm">{back}</p>
      <PageHeader title={t('new.title', { number: data.order.number })} description={t('new.description')} />
      <Card>
        {anyLeft ? (
          <NewReturnForm orderId={data.order.id} lines={data.lines.map((l) => ({ id: l.id, label: `${l.productName} — ${l.colorName} ${l.size}`, delivered: l.quantity, left: l.left }))} />
        ) : (
          <p className="text-sm text-stone-600">{t('new.nothingLeft')}</p>
        )}
      </Card>
    </>
  );
}

/** The delivered orders (only the shop's own) that still have units to return. */
async function ChooseOrder({ actor }: { actor: Actor }) {
  const orders = await returnableOrders(getDb(), actor);
  const t = await getTranslations('returns');
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href={routes.returns.list('lojista')} className="text-brand-800 hover:underline">
          ← {t('detail.back')}
        </Link>
      </p>
      <PageHeader title={t('new.chooseTitle')} description={t('new.chooseDescription')} />
      {orders.length ? (
        <Card>
          <TableView columns={await returnableOrderColumns()} rows={orders} rowKey={(o) => o.id} rowHref={(o) => routes.returns.new(o.id)} variant="plain" testId="returnable-orders" />
        </Card>
      ) : (
        <EmptyState title={t('new.noOrders')} description={t('new.noOrdersHint')} />
      )}
    </>
  );
}
