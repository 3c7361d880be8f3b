import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { routes, type ShopArea } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { findCurrentShop } from '@/lib/shop/current';
import { NoShopNotice } from './no-shop-notice';
import { parkedCarts, shopRegisters } from '@/lib/shop/pos-queries';
import { PosScreen } from './pos/pos-screen';
import { ShopHeader } from './shop-header';

/** The counter of the shop the person works in: its open registers, its parked carts, its PIX key and discount ceiling. */
export async function PosPage({ actor, area }: { actor: Actor; area: ShopArea }) {
  const db = getDb();
  const shop = await findCurrentShop(db, actor);
  if (!shop) return <NoShopNotice />;
  const [registers, parked] = await Promise.all([shopRegisters(db, actor, shop), parkedCarts(db, actor, shop)]);
  const t = await getTranslations('shop.pos');
  const sessions = registers.flatMap((r) => (r.sessionId ? [{ id: r.sessionId, registerName: r.name }] : []));
  const pix = shop.pixKey && shop.pixMerchantName && shop.pixCity ? { key: shop.pixKey, merchantName: shop.pixMerchantName, city: shop.pixCity } : null;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <ButtonLink variant="secondary" href={routes.shop.sales(area)}>{t('history')}</ButtonLink>
            <ButtonLink variant="secondary" href={routes.shop.registers(area)}>{t('register')}</ButtonLink>
          </>
        }
      />
      <ShopHeader actor={actor} shop={shop} />
      <PosScreen area={area} sessions={sessions} parked={parked.map((p) => ({ id: p.id, label: p.label, lines: p.lines }))} pix={pix} maxDiscountPct={shop.maxDiscountBps / 100} />
    </>
  );
}
