import { ShopLedgerPage } from '@/components/shop/ledger-page';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { requirePermission } from '@/lib/auth/session';

async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('area.usuario');
  return <ShopLedgerPage actor={await requirePermission('shop.stock')} area="usuario" searchParams={await searchParams} />;
}

export default withPageMessages('(usuario)/usuario/estoque/movimentos', Page);
