import { getTranslations } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { formatDocument } from '@/lib/crm/document';
import { formatPhone } from '@/lib/crm/identifiers';
import type { Actor } from '@/lib/server/context';
import { findCurrentShop } from '@/lib/shop/current';
import { shopSuppliers } from '@/lib/shop/purchase-queries';
import { NoShopNotice } from './no-shop-notice';
import { ShopHeader } from './shop-header';
import { SupplierForm } from './supplier-form';

/** The shop's suppliers and the form to add one. */
export async function SuppliersPage({ actor }: { actor: Actor }) {
  const db = getDb();
  const shop = await findCurrentShop(db, actor);
  if (!shop) return <NoShopNotice />;
  const suppliers = await shopSuppliers(db, actor, shop);
  const t = await getTranslations('shop.suppliers');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <ShopHeader actor={actor} shop={shop} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t('title')}>
          {suppliers.length === 0 ? (
            <p className="text-sm text-stone-600">{t('empty')}</p>
          ) : (
            <ul className="divide-y divide-stone-100 text-sm" data-testid="suppliers">
              {suppliers.map((s) => (
                <li key={s.id} className="py-2">
                  <p className="font-medium">{s.name}</p>
                  <p className="text-stone-600">{[formatDocument(s.cnpj), s.email, s.phone && formatPhone(s.phone), s.contact].filter(Boolean).join(' · ')}</p>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t('add')}>
          <SupplierForm />
        </Card>
      </div>
    </>
  );
}
