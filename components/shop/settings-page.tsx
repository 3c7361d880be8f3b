import { getTranslations } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { centsToInput } from '@/lib/money';
import type { Actor } from '@/lib/server/context';
import { findCurrentShop } from '@/lib/shop/current';
import { shopRegisters } from '@/lib/shop/pos-queries';
import { NoShopNotice } from './no-shop-notice';
import { NewLocationForm, NewRegisterForm, RegisterLocationForm, ShopSettingsForm } from './settings-forms';
import { shopLocations } from '@/lib/shop/stock-queries';
import { ShopHeader } from './shop-header';

/** The owner's settings for the shop it works in, and its registers. */
export async function ShopSettingsPage({ actor }: { actor: Actor }) {
  const db = getDb();
  const shop = await findCurrentShop(db, actor);
  if (!shop) return <NoShopNotice />;
  const [registers, locations] = await Promise.all([shopRegisters(db, actor, shop), shopLocations(db, actor, shop)]);
  const t = await getTranslations('shop.settings');
  const locationOptions = locations.map((l) => ({ value: l.id, label: l.name }));
  const pct = (bps: number) => centsToInput(bps).replace(/,00$/, '');
  return (
    <>
      <PageHeader title={t('title')} description={t('description', { shop: shop.name })} />
      <ShopHeader actor={actor} shop={shop} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Card>
          <ShopSettingsForm
            settings={{ maxDiscount: pct(shop.maxDiscountBps), markup: pct(shop.markupBps), allowNegativeStock: shop.allowNegativeStock, pixKey: shop.pixKey ?? '', pixMerchantName: shop.pixMerchantName ?? '', pixCity: shop.pixCity ?? '' }}
          />
        </Card>
        <Card title={t('registers')}>
          <ul className="mb-4 divide-y divide-stone-100 text-sm">
            {registers.map((r) => (
              <li key={r.id} className="space-y-1 py-2">
                <span className="block font-medium">{r.name}</span>
                {locationOptions.length > 1 ? (
                  <RegisterLocationForm registerId={r.id} register={r.name} locationId={r.locationId} locations={locationOptions} />
                ) : (
                  <span className="block text-xs text-stone-600">{t('sellsFrom', { location: locationOptions.find((l) => l.value === r.locationId)?.label ?? '—' })}</span>
                )}
              </li>
            ))}
          </ul>
          <NewRegisterForm locations={locationOptions} />
        </Card>
        <Card title={t('locations')}>
          <ul className="mb-4 divide-y divide-stone-100 text-sm">
            {locations.map((l) => (
              <li key={l.id} className="py-2">{l.name}</li>
            ))}
          </ul>
          <NewLocationForm />
        </Card>
      </div>
    </>
  );
}
