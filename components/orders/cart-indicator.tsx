import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { cartSummary } from '@/lib/orders/cart';
import { routes, type OrdersArea } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';

/**
 * The header's cart for those who place orders: per origin, the pieces and total of the drafts
 * (one query for all of them), linking to the draft, or to the drafts list when an origin has several.
 */
export async function CartIndicator({ actor, area }: { actor: Actor; area: OrdersArea }) {
  const origins = await cartSummary(getDb(), actor);
  if (!origins.length) return null;
  const t = await getTranslations('orders');
  const format = await getFormatter();
  return (
    <nav aria-label={t('cart.label')} data-testid="cart-indicator" className="flex flex-wrap gap-2">
      {origins.map((o) => (
        <Link
          key={o.channelId}
          href={o.drafts === 1 ? routes.orders.detail(area, o.orderId) : routes.orders.list(area, { status: 'draft' })}
          className="rounded border border-brand-200 bg-brand-50 px-2 py-1 text-xs text-brand-800 tabular-nums hover:bg-brand-100"
        >
          {t('cart.origin', { origin: o.channelName, pieces: t('grid.totalPieces', { n: o.pieces }), total: format.number(o.totalCents / 100, 'money') })}
        </Link>
      ))}
    </nav>
  );
}
