import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { routes } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { findCurrentShop } from '@/lib/shop/current';
import { openPurchaseCount } from '@/lib/shop/purchase-queries';

/** On the owner's home: purchase requests opened by variants at their minimum, waiting to be reviewed and sent. */
export async function PurchasesNotice({ actor, className = '' }: { actor: Actor; className?: string }) {
  if (!can(actor.role, 'shop.purchases')) return null;
  const db = getDb();
  const shop = await findCurrentShop(db, actor);
  const open = shop ? await openPurchaseCount(db, actor, shop) : 0;
  if (!open) return null;
  const t = await getTranslations('shop.purchases');
  return (
    <div role="status" data-testid="purchases-notice" className={`flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-900 ${className}`}>
      <p>
        <strong>{t('homeCard', { n: open })}</strong> · {t('homeHint')}
      </p>
      <ButtonLink href={routes.shop.purchases()}>{t('review')}</ButtonLink>
    </div>
  );
}
