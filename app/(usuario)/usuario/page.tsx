import { getTranslations } from 'next-intl/server';
import { Card, PageHeader, StatCard } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listShopColleagues, listShopsInScope } from '@/lib/shop/queries';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function UsuarioHome() {
  const actor = await requirePermission('area.usuario');
  const db = getDb();
  const [shops, colleagues] = await Promise.all([listShopsInScope(db, actor), listShopColleagues(db, actor)]);
  const shop = shops[0];
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t('usuario.homeTitle', { name: actor.name })} description={t('usuario.homeDescription')} />
      <div className="mb-6 grid gap-4 sm:grid-cols-3">
        <StatCard label={t('home.myShop')} value={shop?.name ?? '—'} hint={shop ? `${shop.customerName} · ${shop.uf}` : undefined} />
        <StatCard label={t('home.colleagues')} value={colleagues.length} />
      </div>
      <Card title={t('home.team')}>
        <ul className="divide-y divide-stone-100 text-sm">
          {colleagues.map((c) => (
            <li key={c.id} className="flex justify-between py-2">
              <span>{c.name}</span>
              <span className="text-stone-600">{c.email}</span>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}

export default withPageMessages('(usuario)/usuario', UsuarioHome);
